package com.vivanta.ops.command.invoice;

import com.vivanta.ops.command.common.Normalization;
import com.vivanta.ops.command.common.UniqueKey;
import java.util.UUID;

/**
 * A vendor's invoice numbers are unique within the organization as vendors' systems and clerks spell
 * them differently: "INV-0042", "inv 42" and "Inv.42" are one invoice. Case, spaces, punctuation and
 * leading zeros are ignored.
 */
final class InvoiceNumbers {

    static final String FIELD = "invoiceNumber";

    private InvoiceNumbers() {
    }

    static UniqueKey key(UUID organizationId, UUID vendorId, String invoiceNumber) {
        return UniqueKey.within(organizationId, "invoice-number", vendorId + "/" + normalized(invoiceNumber), FIELD);
    }

    /** Letters and digits only, each run of digits without its leading zeros. */
    static String normalized(String invoiceNumber) {
        String lettersAndDigits = Normalization.comparable(invoiceNumber, FIELD).replaceAll("[^\\p{L}\\p{N}]", "");
        String withoutLeadingZeros = lettersAndDigits.replaceAll("(?<!\\p{N})0+(?=\\p{N})", "");
        return withoutLeadingZeros.isEmpty() ? invoiceNumber.strip() : withoutLeadingZeros;
    }
}

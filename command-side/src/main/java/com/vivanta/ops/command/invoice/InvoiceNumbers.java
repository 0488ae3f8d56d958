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

    /**
     * Each run of digits without its leading zeros (taken off before the punctuation between runs goes, so
     * "A1-002" is "A1-2"), then letters and digits only.
     */
    static String normalized(String invoiceNumber) {
        String withoutLeadingZeros = Normalization.comparable(invoiceNumber, FIELD)
                                                  .replaceAll("(?<!\\p{N})0+(?=\\p{N})", "");
        String lettersAndDigits = withoutLeadingZeros.replaceAll("[^\\p{L}\\p{N}]", "");
        return lettersAndDigits.isEmpty() ? invoiceNumber.strip() : lettersAndDigits;
    }
}

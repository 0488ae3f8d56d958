package com.vivanta.ops.api.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enters a vendor invoice, in DRAFT. The vendor, property, work order and source document are references
 * the sender checked within the organization; the vendor and property cannot change later. The invoice
 * number (if given) is claimed for the vendor within the organization: a second invoice of the same vendor
 * with the same normalised number is refused as a duplicate.
 *
 * @param workOrderId      the work order this invoice bills; optional
 * @param sourceDocumentId the scanned/uploaded document it came from; optional
 * @param lines            initial lines; their line numbers must be unique
 */
public record CreateInvoiceCommand(@TargetAggregateIdentifier UUID invoiceId,
                                   UUID vendorId,
                                   UUID propertyId,
                                   UUID workOrderId,
                                   UUID sourceDocumentId,
                                   String invoiceNumber,
                                   LocalDate invoiceDate,
                                   LocalDate dueDate,
                                   String currency,
                                   ExpenseCategory expenseCategory,
                                   List<InvoiceLine> lines) {

    public CreateInvoiceCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}

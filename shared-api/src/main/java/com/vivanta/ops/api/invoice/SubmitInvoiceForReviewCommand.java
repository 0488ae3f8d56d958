package com.vivanta.ops.api.invoice;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hands a DRAFT or CHANGES_REQUESTED invoice to review; it is locked from now on.
 *
 * @param workOrder        the linked work order's state; null when the invoice bills none
 * @param similarInvoices  invoices the soft duplicate check found (same vendor, amount within 1 %, dates
 *                         within 30 days); empty when none
 */
public record SubmitInvoiceForReviewCommand(@TargetAggregateIdentifier UUID invoiceId,
                                            String note,
                                            WorkOrderMatch workOrder,
                                            List<UUID> similarInvoices) {

    public SubmitInvoiceForReviewCommand {
        similarInvoices = similarInvoices == null ? List.of() : List.copyOf(similarInvoices);
    }
}

package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer rejects an invoice in PENDING_REVIEW, for a reason; final. */
public record RejectInvoiceCommand(@TargetAggregateIdentifier UUID invoiceId, String reason) {
}

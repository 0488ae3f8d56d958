package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the line with the same line number on an editable invoice. */
public record ChangeInvoiceLineCommand(@TargetAggregateIdentifier UUID invoiceId, InvoiceLine line) {
}

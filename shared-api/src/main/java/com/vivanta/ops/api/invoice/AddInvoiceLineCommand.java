package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a line to an editable invoice; its line number must be new on the invoice. */
public record AddInvoiceLineCommand(@TargetAggregateIdentifier UUID invoiceId, InvoiceLine line) {
}

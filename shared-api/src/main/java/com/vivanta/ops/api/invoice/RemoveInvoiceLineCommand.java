package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a line from an editable invoice. */
public record RemoveInvoiceLineCommand(@TargetAggregateIdentifier UUID invoiceId, int lineNumber) {
}

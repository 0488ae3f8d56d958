package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A line was removed; {@code totals} are the invoice's totals without it. */
@Revision("1")
public record InvoiceLineRemovedEvent(UUID invoiceId, int lineNumber, InvoiceTotals totals) {
}

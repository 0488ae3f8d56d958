package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A line was replaced by one with the same number; {@code totals} are the invoice's totals now. */
@Revision("1")
public record InvoiceLineChangedEvent(UUID invoiceId, InvoiceLine line, InvoiceTotals totals) {
}

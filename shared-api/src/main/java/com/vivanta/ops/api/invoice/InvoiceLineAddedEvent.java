package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A line was added; {@code totals} are the invoice's totals with it. */
@Revision("1")
public record InvoiceLineAddedEvent(UUID invoiceId, InvoiceLine line, InvoiceTotals totals) {
}

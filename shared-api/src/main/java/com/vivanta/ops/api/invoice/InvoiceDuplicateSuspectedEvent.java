package com.vivanta.ops.api.invoice;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The soft duplicate check found similar invoices (same vendor, amount within 1 %, invoice dates within 30
 * days); approval waits until someone clears it.
 */
@Revision("1")
public record InvoiceDuplicateSuspectedEvent(UUID invoiceId, List<UUID> similarInvoiceIds) {
}

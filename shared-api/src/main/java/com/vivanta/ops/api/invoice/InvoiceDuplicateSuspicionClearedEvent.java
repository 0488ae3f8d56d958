package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Someone judged the similar invoices and cleared this one, for a reason. */
@Revision("1")
public record InvoiceDuplicateSuspicionClearedEvent(UUID invoiceId, String reason, String clearedBy) {
}

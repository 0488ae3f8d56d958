package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The invoice was rejected, finally: by a reviewer ({@code flowId} null) or at a step of its flow, which ends
 * there.
 */
@Revision("1")
public record InvoiceRejectedEvent(UUID invoiceId, UUID flowId, String reason, String rejectedBy) {
}

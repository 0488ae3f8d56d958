package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approver sent the invoice back for changes; the flow ends and the invoice is editable again. */
@Revision("1")
public record InvoiceChangesRequestedEvent(UUID invoiceId, UUID flowId, String reason, String requestedBy) {
}

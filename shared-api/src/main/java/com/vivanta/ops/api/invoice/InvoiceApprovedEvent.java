package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The last step of the flow was approved: the invoice is APPROVED. */
@Revision("1")
public record InvoiceApprovedEvent(UUID invoiceId, UUID flowId) {
}

package com.vivanta.ops.api.invoice;

import java.util.UUID;

/** A page of one invoice queue of the organization, the oldest waiting first. */
public record FindInvoiceQueueQuery(UUID organizationId, InvoiceQueue queue, int limit, int offset) {
}

package com.vivanta.ops.api.invoice;

import java.util.UUID;

/** One invoice of the organization; an empty Optional when it is missing or another tenant's. */
public record FindInvoiceQuery(UUID organizationId, UUID invoiceId) {
}

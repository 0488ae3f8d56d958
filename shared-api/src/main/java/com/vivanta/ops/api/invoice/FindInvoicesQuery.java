package com.vivanta.ops.api.invoice;

import java.util.UUID;

/** A page of the organization's invoices matching the filter, most recently changed first. */
public record FindInvoicesQuery(UUID organizationId, InvoiceFilter filter, int limit, int offset) {
}

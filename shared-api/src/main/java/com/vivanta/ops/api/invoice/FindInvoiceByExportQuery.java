package com.vivanta.ops.api.invoice;

import java.util.UUID;

/** The invoice exported as {@code exportId}; an empty Optional when there is none in the organization. */
public record FindInvoiceByExportQuery(UUID organizationId, UUID exportId) {
}

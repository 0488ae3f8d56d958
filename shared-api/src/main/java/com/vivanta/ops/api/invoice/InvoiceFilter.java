package com.vivanta.ops.api.invoice;

import java.time.LocalDate;
import java.util.UUID;

/** Criteria for listing invoices; every field is optional (null = no restriction). */
public record InvoiceFilter(InvoiceStatus status,
                            UUID vendorId,
                            UUID propertyId,
                            UUID workOrderId,
                            UUID sourceDocumentId,
                            DuplicateCheckStatus duplicateCheckStatus,
                            LocalDate invoiceDateFrom,
                            LocalDate invoiceDateTo,
                            LocalDate dueDateFrom,
                            LocalDate dueDateTo) {
}

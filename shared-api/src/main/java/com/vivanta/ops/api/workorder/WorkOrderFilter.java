package com.vivanta.ops.api.workorder;

import java.time.Instant;
import java.util.UUID;

/**
 * Criteria for listing work orders; every field is optional (null = no restriction). {@code overdue}
 * true keeps only open work past its SLA due time, false only the rest; {@code search} matches the
 * number, title and description.
 */
public record WorkOrderFilter(WorkOrderStatus status,
                              UUID vendorId,
                              UUID caseId,
                              UUID propertyId,
                              Boolean overdue,
                              String search,
                              Instant createdFrom,
                              Instant createdTo) {
}

package com.vivanta.ops.api.cases;

import java.time.Instant;
import java.util.UUID;

/** Criteria for listing cases; every field is optional (null = no restriction). */
public record CaseFilter(CaseStatus status,
                         CasePriority priority,
                         UUID assignedUserId,
                         UUID propertyId,
                         String search,
                         Instant createdFrom,
                         Instant createdTo) {
}

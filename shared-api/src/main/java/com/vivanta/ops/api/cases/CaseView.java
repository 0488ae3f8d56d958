package com.vivanta.ops.api.cases;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/** The operator's view of a case. */
public record CaseView(UUID id,
                       UUID organizationId,
                       String caseType,
                       String title,
                       String description,
                       CaseStatus status,
                       CasePriority priority,
                       UUID propertyId,
                       UUID unitId,
                       Instant dueAt,
                       UUID assignedUserId,
                       String ownerVisibleStatus,
                       String createdBy,
                       Instant openedAt,
                       Instant closedAt,
                       Instant updatedAt,
                       long version) implements Versioned {
}

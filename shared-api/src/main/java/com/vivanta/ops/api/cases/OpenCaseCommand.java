package com.vivanta.ops.api.cases;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a maintenance case. A case always opens as OPEN; the organization and the opener come from the
 * command's metadata. Nullable: description, propertyId, unitId, dueAt, assignedUserId, ownerVisibleStatus.
 */
public record OpenCaseCommand(@TargetAggregateIdentifier UUID caseId,
                              String caseType,
                              String title,
                              String description,
                              CasePriority priority,
                              UUID propertyId,
                              UUID unitId,
                              Instant dueAt,
                              UUID assignedUserId,
                              String ownerVisibleStatus) {
}

package com.vivanta.ops.api.cases;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A case was opened, always in status OPEN. The event's timestamp is the opening time. */
@Revision("1")
public record CaseOpenedEvent(UUID caseId,
                              UUID organizationId,
                              String caseType,
                              String title,
                              String description,
                              CasePriority priority,
                              UUID propertyId,
                              UUID unitId,
                              Instant dueAt,
                              UUID assignedUserId,
                              String ownerVisibleStatus,
                              String openedBy) {
}

package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The case was handed to a user; {@code previousAssigneeId} is null when it had nobody before. */
@Revision("1")
public record CaseAssignedEvent(UUID caseId, UUID assignedUserId, UUID previousAssigneeId) {
}

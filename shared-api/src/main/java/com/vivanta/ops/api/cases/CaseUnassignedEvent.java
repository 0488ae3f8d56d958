package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The case was taken back from its assignee and now has nobody. */
@Revision("1")
public record CaseUnassignedEvent(UUID caseId, UUID previousAssigneeId) {
}

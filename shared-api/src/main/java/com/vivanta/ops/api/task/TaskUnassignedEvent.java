package com.vivanta.ops.api.task;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The task was taken back from its assignee and now has nobody. */
@Revision("1")
public record TaskUnassignedEvent(UUID taskId, UUID organizationId, UUID previousAssigneeId) {
}

package com.vivanta.ops.api.task;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The task was handed to a user; {@code previousAssigneeId} is null when it had nobody before. */
@Revision("1")
public record TaskAssignedEvent(UUID taskId, UUID organizationId, UUID assignedUserId, UUID previousAssigneeId) {
}

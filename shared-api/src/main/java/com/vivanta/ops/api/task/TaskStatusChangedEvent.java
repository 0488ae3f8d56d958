package com.vivanta.ops.api.task;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The task moved from one status to another. When the new status is DONE, the event's timestamp is the
 * completion time.
 */
@Revision("1")
public record TaskStatusChangedEvent(UUID taskId, UUID organizationId, TaskStatus previousStatus, TaskStatus status,
                                     String note) {
}

package com.vivanta.ops.api.task;

import com.vivanta.ops.api.cases.CasePriority;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A task was created, always in status OPEN. The event's timestamp is the creation time. */
@Revision("1")
public record TaskCreatedEvent(UUID taskId,
                               UUID organizationId,
                               String taskType,
                               String title,
                               String description,
                               CasePriority priority,
                               UUID assignedUserId,
                               RelatedEntity relatedEntity,
                               Instant dueAt,
                               String createdBy) {
}

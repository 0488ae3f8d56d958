package com.vivanta.ops.api.task;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/**
 * The operator's view of a task. {@code relatedEntityType} and {@code relatedEntityId} are both null
 * when the task is about no entity; {@code completedAt} is set only while the task is DONE.
 */
public record TaskView(UUID id,
                       UUID organizationId,
                       String taskType,
                       String title,
                       String description,
                       TaskStatus status,
                       CasePriority priority,
                       UUID assignedUserId,
                       RelatedEntityType relatedEntityType,
                       UUID relatedEntityId,
                       Instant dueAt,
                       Instant completedAt,
                       String createdBy,
                       Instant createdAt,
                       Instant updatedAt,
                       long version) implements Versioned {
}

package com.vivanta.ops.api.task;

import com.vivanta.ops.api.cases.CasePriority;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a task. A task is always created OPEN; the organization and the creator come from the
 * command's metadata. Nullable: description, priority (NORMAL), assignedUserId, relatedEntity, dueAt.
 */
public record CreateTaskCommand(@TargetAggregateIdentifier UUID taskId,
                                String taskType,
                                String title,
                                String description,
                                CasePriority priority,
                                UUID assignedUserId,
                                RelatedEntity relatedEntity,
                                Instant dueAt) {
}

package com.vivanta.ops.api.task;

import com.vivanta.ops.api.cases.CasePriority;
import java.time.Instant;
import java.util.UUID;

/**
 * Criteria for listing tasks; every field is optional (null = no restriction). {@code search} matches
 * the title and description; the {@code due} and {@code created} ranges are inclusive, and a due range
 * leaves out tasks without a due time.
 */
public record TaskFilter(TaskStatus status,
                         CasePriority priority,
                         UUID assignedUserId,
                         RelatedEntityType relatedEntityType,
                         UUID relatedEntityId,
                         Instant dueFrom,
                         Instant dueTo,
                         String search,
                         Instant createdFrom,
                         Instant createdTo) {
}

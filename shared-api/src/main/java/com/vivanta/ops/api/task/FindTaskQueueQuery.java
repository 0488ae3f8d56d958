package com.vivanta.ops.api.task;

import java.util.UUID;

/**
 * A page of one task queue of the organization, the most pressing first (priority, then due time, then
 * age). {@code userId} is the caller, whose tasks {@link TaskQueue#MY_WORK} lists.
 */
public record FindTaskQueueQuery(UUID organizationId, TaskQueue queue, UUID userId, int limit, int offset) {
}

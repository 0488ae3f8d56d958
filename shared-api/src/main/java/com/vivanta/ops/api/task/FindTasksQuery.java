package com.vivanta.ops.api.task;

import java.util.UUID;

/** A page of the organization's tasks matching the filter, most recently changed first. */
public record FindTasksQuery(UUID organizationId, TaskFilter filter, int limit, int offset) {
}

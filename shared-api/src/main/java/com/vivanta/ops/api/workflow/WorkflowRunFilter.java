package com.vivanta.ops.api.workflow;

import java.util.Set;
import java.util.UUID;

/**
 * Filters of the run list, each optional but {@code readableTargets}: the kinds of entity the caller may
 * read, so a run never shows more of an entity than the entity's own routes would.
 */
public record WorkflowRunFilter(WorkflowType workflowType,
                                WorkflowRunStatus status,
                                WorkflowTargetType targetEntityType,
                                UUID targetEntityId,
                                Set<WorkflowTargetType> readableTargets) {

    public WorkflowRunFilter {
        readableTargets = Set.copyOf(readableTargets);
    }
}

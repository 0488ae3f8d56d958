package com.vivanta.ops.api.workflow;

import java.util.UUID;

/** The organization's runs matching the filter, most recently started first. */
public record FindWorkflowRunsQuery(UUID organizationId, WorkflowRunFilter filter, int limit, int offset) {
}

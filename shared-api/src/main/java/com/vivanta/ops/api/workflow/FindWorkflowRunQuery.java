package com.vivanta.ops.api.workflow;

import java.util.UUID;

/** One run of the organization; answers an empty Optional when it is missing or another tenant's. */
public record FindWorkflowRunQuery(UUID organizationId, UUID runId) {
}

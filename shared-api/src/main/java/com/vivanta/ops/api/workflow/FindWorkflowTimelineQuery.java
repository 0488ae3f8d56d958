package com.vivanta.ops.api.workflow;

import java.util.UUID;

/** A run of the organization with its entries; an empty Optional when it is missing or another tenant's. */
public record FindWorkflowTimelineQuery(UUID organizationId, UUID runId) {
}

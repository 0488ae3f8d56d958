package com.vivanta.ops.api.approval;

import java.util.UUID;

/** One approval flow of the organization; an empty Optional when it is missing or another tenant's. */
public record FindApprovalFlowQuery(UUID organizationId, UUID flowId) {
}

package com.vivanta.ops.api.approval;

import java.util.UUID;

/** A page of the organization's flows, newest first; {@code invoiceId} and {@code status} optional. */
public record FindApprovalFlowsQuery(UUID organizationId, UUID invoiceId, ApprovalFlowStatus status, int limit,
                                     int offset) {
}

package com.vivanta.ops.api.approval;

import java.util.UUID;

/** The organization's approval policy as the API shows it ({@link ApprovalPolicyView}), the default included. */
public record FindApprovalPolicyQuery(UUID organizationId) {
}

package com.vivanta.ops.api.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The approval policy an organization works with. {@code version} is the policy's own version: 1 for its
 * first definition, one more for each change; 0 (with no {@code updatedBy}/{@code updatedAt}) while the
 * organization works with {@link ApprovalPolicy#DEFAULT}.
 */
public record ApprovalPolicyView(UUID id,
                                 UUID organizationId,
                                 int version,
                                 List<ApprovalRule> rules,
                                 int nteTolerancePercent,
                                 boolean requireApprovalForAll,
                                 String updatedBy,
                                 Instant updatedAt) {

    public ApprovalPolicyView {
        rules = List.copyOf(rules);
    }

    public static ApprovalPolicyView defaultOf(UUID organizationId) {
        ApprovalPolicy policy = ApprovalPolicy.DEFAULT;
        return new ApprovalPolicyView(ApprovalPolicy.idOf(organizationId), organizationId, 0, policy.rules(),
                                      policy.nteTolerancePercent(), policy.requireApprovalForAll(), null, null);
    }

    public ApprovalPolicy policy() {
        return new ApprovalPolicy(rules, nteTolerancePercent, requireApprovalForAll);
    }
}

package com.vivanta.ops.api.approval;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the organization's approval policy asks of one invoice: the rule that matched, in which policy
 * version, and the ordered steps. No steps means the invoice is approved by policy.
 */
public record ApprovalRoute(UUID policyId, int policyVersion, String ruleName, List<ApprovalStepPlan> steps) {

    public ApprovalRoute {
        Objects.requireNonNull(ruleName, "ruleName");
        steps = List.copyOf(steps);
    }

    public boolean approvedByPolicy() {
        return steps.isEmpty();
    }
}

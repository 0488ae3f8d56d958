package com.vivanta.ops.api.approval;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One step of a flow as shown, with the decisions taken on it so far. */
public record ApprovalStepView(int stepOrder,
                               String name,
                               ApprovalStepKind kind,
                               ApprovalMode mode,
                               Set<UUID> userIds,
                               String roleName,
                               List<UUID> ownerIds,
                               ApprovalStepStatus status,
                               List<ApprovalStepDecisionView> decisions) {

    public ApprovalStepView {
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
        ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}

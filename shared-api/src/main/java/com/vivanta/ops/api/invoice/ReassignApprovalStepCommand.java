package com.vivanta.ops.api.invoice;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator hands the pending STAFF step of a flow to other approvers (users, or a role), for a
 * reason. Earlier approvals within the step stand.
 */
public record ReassignApprovalStepCommand(@TargetAggregateIdentifier UUID invoiceId,
                                          UUID flowId,
                                          Set<UUID> userIds,
                                          String roleName,
                                          String reason) {

    public ReassignApprovalStepCommand {
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
    }
}

package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.workorder.DecisionChannel;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The acting user decides the current step of the invoice's pending flow. The acting user comes from the
 * message metadata; separation of duties is checked against it.
 *
 * @param flowId             the flow the decision is meant for: refused if it is no longer the pending one
 * @param reason             required to reject or request changes
 * @param actorRoleNames     the roles the actor holds now, for steps approved by a role
 * @param actorMayExceedNte  whether the actor holds {@code invoice.approve-over-nte}
 * @param channel            for OWNER steps: how the owner's answer came in; PORTAL when the owner decides
 *                           in person (the acting user is then that owner's portal user)
 * @param ownerId            for OWNER steps: which owner answered
 */
public record DecideApprovalStepCommand(@TargetAggregateIdentifier UUID invoiceId,
                                        UUID flowId,
                                        ApprovalDecision decision,
                                        String reason,
                                        Set<String> actorRoleNames,
                                        boolean actorMayExceedNte,
                                        DecisionChannel channel,
                                        UUID ownerId) {

    public DecideApprovalStepCommand {
        actorRoleNames = actorRoleNames == null ? Set.of() : Set.copyOf(actorRoleNames);
    }
}

package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the owner's answer to a pending approval request.
 *
 * @param reason  why the owner declined (required then); optional with an approval
 * @param channel how the answer came in
 * @param ownerId the owner who answered; one of those asked
 */
public record RecordOwnerDecisionCommand(@TargetAggregateIdentifier UUID workOrderId,
                                         OwnerDecision decision,
                                         String reason,
                                         DecisionChannel channel,
                                         UUID ownerId) {
}

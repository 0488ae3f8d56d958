package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where the owner's consent to a work order's cost stands.
 *
 * @param limit                    the approval limit the cost was measured against; null when none applied
 * @param ownerIds                 the owners asked
 * @param proceedingWithoutWaiting emergency work that went ahead while the owner was asked
 * @param approvedAmount           the not-to-exceed the owner approved
 * @param decidedBy                the owner (portal) or staff member who recorded the decision
 */
public record OwnerApprovalView(OwnerApprovalStatus status,
                                Money limit,
                                List<UUID> ownerIds,
                                boolean proceedingWithoutWaiting,
                                Instant requestedAt,
                                OwnerDecision decision,
                                DecisionChannel channel,
                                String reason,
                                UUID decidedByOwnerId,
                                String decidedBy,
                                Instant decidedAt,
                                Money approvedAmount) {

    public OwnerApprovalView {
        ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
    }
}

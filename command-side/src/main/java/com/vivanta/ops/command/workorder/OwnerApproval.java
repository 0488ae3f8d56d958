package com.vivanta.ops.command.workorder;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.workorder.OwnerApprovalLimit;
import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.OwnerDecision;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalRequestedEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerDecisionRecordedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import java.util.List;
import java.util.UUID;

/**
 * What a work order's owners have been asked about its cost and what they said; part of the WorkOrder
 * aggregate's state, replaced as its events are applied.
 *
 * @param askedOwners              the owners whose answer counts
 * @param proceedingWithoutWaiting emergency work goes on while the owners are asked
 * @param resumeTo                 where ordinary work returns once they answer
 * @param approvedAmount           the highest not-to-exceed the owners consented to; null when none
 */
record OwnerApproval(OwnerApprovalStatus status,
                     List<UUID> askedOwners,
                     boolean proceedingWithoutWaiting,
                     WorkOrderStatus resumeTo,
                     Money approvedAmount) {

    static final OwnerApproval NOT_ASKED = new OwnerApproval(OwnerApprovalStatus.NOT_REQUIRED, List.of(), false,
                                                             null, null);

    /**
     * Whether this ceiling needs the owners' consent: it is above their limit and not within what they
     * already approved. A ceiling in another currency than the limit cannot be compared, so the owners are
     * asked rather than assumed to agree.
     */
    boolean isNeededFor(Money notToExceed, OwnerApprovalLimit limit) {
        if (notToExceed == null || limit == null || covers(notToExceed)) {
            return false;
        }
        Money ceiling = limit.limit();
        return !ceiling.currency().equals(notToExceed.currency())
                || notToExceed.amount().compareTo(ceiling.amount()) > 0;
    }

    private boolean covers(Money notToExceed) {
        return approvedAmount != null && approvedAmount.currency().equals(notToExceed.currency())
                && notToExceed.amount().compareTo(approvedAmount.amount()) <= 0;
    }

    boolean isPending() {
        return status == OwnerApprovalStatus.PENDING;
    }

    /** An owner said no to ordinary work: it goes no further until its cost changes. */
    boolean holdsWorkBack() {
        return status == OwnerApprovalStatus.DECLINED && !proceedingWithoutWaiting;
    }

    OwnerApproval requested(WorkOrderOwnerApprovalRequestedEvent event) {
        return new OwnerApproval(OwnerApprovalStatus.PENDING, event.ownerIds(), event.proceedingWithoutWaiting(),
                                 event.resumeTo(), approvedAmount);
    }

    OwnerApproval dropped() {
        return new OwnerApproval(OwnerApprovalStatus.NOT_REQUIRED, List.of(), false, null, approvedAmount);
    }

    OwnerApproval decided(WorkOrderOwnerDecisionRecordedEvent event) {
        boolean approved = event.decision() == OwnerDecision.APPROVE;
        return new OwnerApproval(approved ? OwnerApprovalStatus.APPROVED : OwnerApprovalStatus.DECLINED,
                                 askedOwners, proceedingWithoutWaiting, null,
                                 approved ? event.approvedAmount() : approvedAmount);
    }
}

package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The not-to-exceed is above the owners' approval limit, so the owners are asked to consent. Ordinary
 * work waits in AWAITING_OWNER_APPROVAL; emergency work goes on ({@code proceedingWithoutWaiting}) and
 * the owner is asked all the same.
 *
 * @param status   the work order's status from now on
 * @param resumeTo the status it returns to once the owner has answered
 */
@Revision("1")
public record WorkOrderOwnerApprovalRequestedEvent(UUID workOrderId,
                                                   Money notToExceed,
                                                   Money approvalLimit,
                                                   List<UUID> ownerIds,
                                                   boolean proceedingWithoutWaiting,
                                                   WorkOrderStatus status,
                                                   WorkOrderStatus resumeTo) {

    public WorkOrderOwnerApprovalRequestedEvent {
        ownerIds = List.copyOf(ownerIds);
    }
}

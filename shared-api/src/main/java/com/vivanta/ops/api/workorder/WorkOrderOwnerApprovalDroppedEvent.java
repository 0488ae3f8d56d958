package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A pending approval request is no longer needed: the not-to-exceed was lowered to within the limit (or
 * to what the owner approved before). The work order returns to {@code status}.
 */
@Revision("1")
public record WorkOrderOwnerApprovalDroppedEvent(UUID workOrderId, Money notToExceed, WorkOrderStatus status) {
}

package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.workorder.WorkOrderStatus;

/**
 * The linked work order as it stands when the invoice is submitted: an invoice for unfinished work is
 * refused, one above the not-to-exceed (plus tolerance) is flagged.
 *
 * @param notToExceed      the work order's ceiling; null when it has none
 * @param tolerancePercent how far above the ceiling an invoice may go unflagged (the organization's
 *                         setting, 10 by default)
 */
public record WorkOrderMatch(WorkOrderStatus status, Money notToExceed, int tolerancePercent) {
}

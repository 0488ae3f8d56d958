package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * Something the owner is asked to approve: a work order's cost ceiling (id = the work order) or an invoice's
 * OWNER step (id = the invoice).
 *
 * @param amount        the work order's not-to-exceed, or the invoice's total
 * @param approvalLimit the limit the amount is above, when the question came from one
 * @param decidedAt     when the owner's answer was recorded, by whatever channel
 * @param flowId        the invoice's approval flow the step belongs to; null for work orders
 */
public record PortalApprovalView(UUID id,
                                 PortalApprovalKind kind,
                                 PortalApprovalStatus status,
                                 UUID propertyId,
                                 String reference,
                                 String title,
                                 Money amount,
                                 Money approvalLimit,
                                 Instant requestedAt,
                                 Instant decidedAt,
                                 UUID flowId) {
}

package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.Versioned;
import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.UUID;

/** A work order on the owner's property: what is done, when, and what it costs; no internal notes. */
public record PortalWorkOrderView(UUID id,
                                  UUID propertyId,
                                  String workOrderNumber,
                                  String title,
                                  String trade,
                                  WorkOrderStatus status,
                                  Money estimate,
                                  Money notToExceed,
                                  Money actualCost,
                                  OwnerApprovalStatus ownerApprovalStatus,
                                  Instant createdAt,
                                  Instant scheduledFor,
                                  Instant startedAt,
                                  Instant completedAt,
                                  Instant cancelledAt,
                                  Instant updatedAt,
                                  long version) implements Versioned {
}

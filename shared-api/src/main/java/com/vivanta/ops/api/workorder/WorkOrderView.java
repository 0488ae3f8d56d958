package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/** The operator's view of a work order. */
public record WorkOrderView(UUID id,
                            UUID organizationId,
                            UUID caseId,
                            String workOrderNumber,
                            String title,
                            String description,
                            String trade,
                            WorkOrderStatus status,
                            CasePriority priority,
                            UUID propertyId,
                            UUID unitId,
                            UUID vendorId,
                            ComplianceOverride complianceOverride,
                            Money estimate,
                            Money notToExceed,
                            Money actualCost,
                            OwnerApprovalView ownerApproval,
                            Instant slaDueAt,
                            Instant scheduledFor,
                            Instant startedAt,
                            Instant completedAt,
                            String completionNote,
                            Instant cancelledAt,
                            String cancellationReason,
                            String holdReason,
                            int reopenCount,
                            String createdBy,
                            Instant createdAt,
                            Instant updatedAt,
                            long version) implements Versioned {
}

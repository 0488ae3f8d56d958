package com.vivanta.ops.query.workorder;

import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.OwnerApprovalView;
import com.vivanta.ops.api.workorder.OwnerDecision;
import com.vivanta.ops.api.workorder.WorkOrderCancelledEvent;
import com.vivanta.ops.api.workorder.WorkOrderCompletedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCostRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCreatedEvent;
import com.vivanta.ops.api.workorder.WorkOrderDetailsRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderHeldEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalDroppedEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalRequestedEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerDecisionRecordedEvent;
import com.vivanta.ops.api.workorder.WorkOrderReopenedEvent;
import com.vivanta.ops.api.workorder.WorkOrderResumedEvent;
import com.vivanta.ops.api.workorder.WorkOrderScheduledEvent;
import com.vivanta.ops.api.workorder.WorkOrderSlaDueChangedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStartedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.api.workorder.WorkOrderVendorAcceptedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorAssignedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorDeclinedEvent;
import com.vivanta.ops.query.common.AggregateRows;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

/**
 * How each event of a work order changes its {@code work-order-view} row. The live projection applies it to
 * the stored rows; the point-in-time history ({@code GET /work-orders/{id}/history}) applies it to a
 * transient row, so both read the events the same way.
 */
class WorkOrderRowUpdates {

    private final AggregateRows<WorkOrderRow> workOrders;

    WorkOrderRowUpdates(AggregateRows<WorkOrderRow> workOrders) {
        this.workOrders = workOrders;
    }

    @EventHandler
    void on(WorkOrderCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.create(event.workOrderId(), sequence, at, () -> {
            WorkOrderRow row = new WorkOrderRow(event.workOrderId(), event.organizationId(), event.caseId(),
                                                event.workOrderNumber(), event.priority(), event.createdBy(), at);
            row.details(event.title(), event.description(), event.trade());
            row.location(event.propertyId(), event.unitId());
            row.cost(event.estimate(), event.notToExceed());
            row.slaDueAt(event.slaDueAt());
            return row;
        });
    }

    @EventHandler
    void on(WorkOrderDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at,
                          row -> row.details(event.title(), event.description(), event.trade()));
    }

    @EventHandler
    void on(WorkOrderCostRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.cost(event.estimate(), event.notToExceed()));
    }

    @EventHandler
    void on(WorkOrderSlaDueChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.slaDueAt(event.slaDueAt()));
    }

    @EventHandler
    void on(WorkOrderOwnerApprovalRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            OwnerApprovalView before = row.ownerApproval();
            row.ownerApproval(new OwnerApprovalView(OwnerApprovalStatus.PENDING, event.approvalLimit(),
                                                    event.ownerIds(), event.proceedingWithoutWaiting(), at, null,
                                                    null, null, null, null, null, before.approvedAmount()));
            row.status(event.status());
        });
    }

    @EventHandler
    void on(WorkOrderOwnerApprovalDroppedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            row.ownerApproval(WorkOrderRow.notAsked(row.ownerApproval().approvedAmount()));
            row.status(event.status());
        });
    }

    @EventHandler
    void on(WorkOrderOwnerDecisionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            OwnerApprovalView before = row.ownerApproval();
            boolean approved = event.decision() == OwnerDecision.APPROVE;
            row.ownerApproval(new OwnerApprovalView(approved ? OwnerApprovalStatus.APPROVED
                                                             : OwnerApprovalStatus.DECLINED,
                                                    before.limit(), before.ownerIds(),
                                                    before.proceedingWithoutWaiting(), before.requestedAt(),
                                                    event.decision(), event.channel(), event.reason(),
                                                    event.ownerId(), event.recordedBy(), at,
                                                    approved ? event.approvedAmount() : before.approvedAmount()));
            row.status(event.status());
        });
    }

    @EventHandler
    void on(WorkOrderVendorAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            row.vendor(event.vendorId(), event.complianceOverride());
            row.status(WorkOrderStatus.ASSIGNED);
        });
    }

    @EventHandler
    void on(WorkOrderVendorAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.status(WorkOrderStatus.ACCEPTED));
    }

    @EventHandler
    void on(WorkOrderVendorDeclinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            row.vendor(null, null);
            row.status(WorkOrderStatus.OPEN);
        });
    }

    @EventHandler
    void on(WorkOrderScheduledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            row.scheduledFor(event.scheduledFor());
            row.status(WorkOrderStatus.SCHEDULED);
        });
    }

    @EventHandler
    void on(WorkOrderStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.started(at));
    }

    @EventHandler
    void on(WorkOrderHeldEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.held(event.reason()));
    }

    @EventHandler
    void on(WorkOrderResumedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.resumed(event.status()));
    }

    @EventHandler
    void on(WorkOrderCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at,
                          row -> row.completed(at, event.note(), event.actualCost()));
    }

    @EventHandler
    void on(WorkOrderCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.cancelled(at, event.reason()));
    }

    @EventHandler
    void on(WorkOrderReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at,
                          row -> row.reopened(event.vendorId(), event.reopenCount()));
    }
}

package com.vivanta.ops.query.workorder;

import com.vivanta.ops.api.workorder.FindWorkOrderQuery;
import com.vivanta.ops.api.workorder.FindWorkOrderQueueQuery;
import com.vivanta.ops.api.workorder.FindWorkOrdersQuery;
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
import com.vivanta.ops.api.workorder.WorkOrderPage;
import com.vivanta.ops.api.workorder.WorkOrderReopenedEvent;
import com.vivanta.ops.api.workorder.WorkOrderResumedEvent;
import com.vivanta.ops.api.workorder.WorkOrderScheduledEvent;
import com.vivanta.ops.api.workorder.WorkOrderSlaDueChangedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStartedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.api.workorder.WorkOrderVendorAcceptedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorAssignedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorDeclinedEvent;
import com.vivanta.ops.api.workorder.WorkOrderView;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code work-order-view} read model: one row per work order, for lists, the overdue and awaiting-owner
 * queues and detail screens. Each event is applied once ({@link AggregateRows}); after each change the new
 * view is emitted to subscription queries, which is how command endpoints learn that their write is visible.
 */
@Component
@ProcessingGroup(WorkOrderViewProjection.NAME)
class WorkOrderViewProjection {

    static final String NAME = "work-order-view";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    // PostgreSQL sorts NULLs last in ascending order: work without a due time comes after dated work.
    private static final Sort EARLIEST_DUE_FIRST = Sort.by(Sort.Order.asc("slaDueAt"), Sort.Order.asc("createdAt"),
                                                           Sort.Order.asc("id"));

    private final WorkOrderRowRepository rows;
    private final AggregateRows<WorkOrderRow> workOrders;
    private final Clock clock;

    WorkOrderViewProjection(WorkOrderRowRepository rows, QueryUpdateEmitter emitter, Clock clock) {
        this.rows = rows;
        this.workOrders = new AggregateRows<>(rows, row -> {
            WorkOrderView view = row.toView();
            emitter.emit(FindWorkOrderQuery.class, query -> query.workOrderId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
        this.clock = clock;
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

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<WorkOrderView> handle(FindWorkOrderQuery query) {
        return rows.findByIdAndOrganizationId(query.workOrderId(), query.organizationId())
                   .map(WorkOrderRow::toView);
    }

    @QueryHandler
    WorkOrderPage handle(FindWorkOrdersQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_CHANGED_FIRST);
        return window.toPage(rows.findAll(WorkOrderSpecifications.matching(query.organizationId(), query.filter(),
                                                                           clock.instant()), window),
                             WorkOrderRow::toView, WorkOrderPage::new);
    }

    @QueryHandler
    WorkOrderPage handle(FindWorkOrderQueueQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), EARLIEST_DUE_FIRST);
        return window.toPage(rows.findAll(WorkOrderSpecifications.inQueue(query.organizationId(), query.queue(),
                                                                          clock.instant()), window),
                             WorkOrderRow::toView, WorkOrderPage::new);
    }
}

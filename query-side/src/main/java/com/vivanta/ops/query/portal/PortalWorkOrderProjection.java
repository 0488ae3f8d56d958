package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.portal.FindPortalWorkOrderApprovalQuery;
import com.vivanta.ops.api.portal.FindPortalWorkOrderApprovalsQuery;
import com.vivanta.ops.api.portal.FindPortalWorkOrdersQuery;
import com.vivanta.ops.api.portal.PortalApprovalStatus;
import com.vivanta.ops.api.portal.PortalApprovalView;
import com.vivanta.ops.api.portal.PortalWorkOrderPage;
import com.vivanta.ops.api.portal.PortalWorkOrderView;
import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
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
import com.vivanta.ops.api.workorder.WorkOrderStartedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.api.workorder.WorkOrderVendorAcceptedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorAssignedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorDeclinedEvent;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * The {@code portal-work-order} read model: status, dates, trade and money of work orders, and which owners
 * are asked to consent to their cost. Descriptions, completion notes, hold and cancellation reasons and the
 * vendor are not kept. Each change is emitted to subscriptions of {@link FindPortalWorkOrderApprovalQuery}, so an
 * owner's answer in the portal is answered with the work order as it is after it.
 */
@Component
@ProcessingGroup(PortalWorkOrderProjection.NAME)
class PortalWorkOrderProjection {

    static final String NAME = "portal-work-order";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));

    private final PortalWorkOrderRows rows;
    private final AggregateRows<PortalWorkOrderRow> workOrders;
    private final Clock clock;

    PortalWorkOrderProjection(PortalWorkOrderRows rows, QueryUpdateEmitter emitter, Clock clock) {
        this.rows = rows;
        this.workOrders = new AggregateRows<>(rows, row -> {
            PortalApprovalView approval = row.toApproval();
            emitter.emit(FindPortalWorkOrderApprovalQuery.class,
                         query -> query.workOrderId().equals(approval.id()) && row.asks(query.scope()), approval);
        });
        this.clock = clock;
    }

    @EventHandler
    void on(WorkOrderCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.create(event.workOrderId(), sequence, at, () -> {
            PortalWorkOrderRow row = new PortalWorkOrderRow(event.workOrderId(), event.organizationId(),
                                                            event.propertyId(), event.workOrderNumber(), at);
            row.details(event.title(), event.trade());
            row.cost(event.estimate(), event.notToExceed());
            return row;
        });
    }

    @EventHandler
    void on(WorkOrderDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.details(event.title(), event.trade()));
    }

    @EventHandler
    void on(WorkOrderCostRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.cost(event.estimate(), event.notToExceed()));
    }

    @EventHandler
    void on(WorkOrderOwnerApprovalRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            row.ownersAsked(event.approvalLimit(), event.ownerIds(), at);
            row.status(event.status());
        });
    }

    @EventHandler
    void on(WorkOrderOwnerApprovalDroppedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            row.questionDropped();
            row.status(event.status());
        });
    }

    @EventHandler
    void on(WorkOrderOwnerDecisionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> {
            row.ownersAnswered(event.decision() == OwnerDecision.APPROVE ? OwnerApprovalStatus.APPROVED
                                                                         : OwnerApprovalStatus.DECLINED, at);
            row.status(event.status());
        });
    }

    @EventHandler
    void on(WorkOrderVendorAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.status(WorkOrderStatus.ASSIGNED));
    }

    @EventHandler
    void on(WorkOrderVendorAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.status(WorkOrderStatus.ACCEPTED));
    }

    @EventHandler
    void on(WorkOrderVendorDeclinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.status(WorkOrderStatus.OPEN));
    }

    @EventHandler
    void on(WorkOrderScheduledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.scheduledFor(event.scheduledFor()));
    }

    @EventHandler
    void on(WorkOrderStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.started(at));
    }

    @EventHandler
    void on(WorkOrderHeldEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.status(WorkOrderStatus.ON_HOLD));
    }

    @EventHandler
    void on(WorkOrderResumedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.status(event.status()));
    }

    @EventHandler
    void on(WorkOrderCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.completed(at, event.actualCost()));
    }

    @EventHandler
    void on(WorkOrderCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.cancelled(at));
    }

    @EventHandler
    void on(WorkOrderReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        workOrders.change(event.workOrderId(), sequence, at, row -> row.status(WorkOrderStatus.ASSIGNED));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    PortalWorkOrderPage handle(FindPortalWorkOrdersQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_CHANGED_FIRST);
        return window.toPage(rows.findVisible(query.scope().organizationId(), query.scope().ownerId(), today(),
                                              query.propertyId(), window),
                             PortalWorkOrderRow::toView, PortalWorkOrderPage::new);
    }

    @QueryHandler
    List<PortalApprovalView> handle(FindPortalWorkOrderApprovalsQuery query) {
        return rows.findAsked(query.scope().organizationId(), query.scope().ownerId(), today()).stream()
                   .map(PortalWorkOrderRow::toApproval)
                   .filter(approval -> approval.status() == PortalApprovalStatus.PENDING)
                   .toList();
    }

    @QueryHandler
    Optional<PortalApprovalView> handle(FindPortalWorkOrderApprovalQuery query) {
        return rows.findAsked(query.scope().organizationId(), query.scope().ownerId(), today(), query.workOrderId())
                   .map(PortalWorkOrderRow::toApproval);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

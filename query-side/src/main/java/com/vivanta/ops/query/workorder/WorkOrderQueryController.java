package com.vivanta.ops.query.workorder;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.workorder.FindWorkOrderQuery;
import com.vivanta.ops.api.workorder.FindWorkOrderQueueQuery;
import com.vivanta.ops.api.workorder.FindWorkOrdersQuery;
import com.vivanta.ops.api.workorder.WorkOrderFilter;
import com.vivanta.ops.api.workorder.WorkOrderPage;
import com.vivanta.ops.api.workorder.WorkOrderQueue;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.api.workorder.WorkOrderView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import com.vivanta.ops.query.common.EntityHistory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading work orders: the list with filters, single work orders and the overdue and awaiting-owner queues. */
@RestController
@RequestMapping("/api/v1/work-orders")
@RequirePermissions(Permission.WORKORDER_READ)
class WorkOrderQueryController {

    /** The point-in-time history: the events up to an instant, through the read model's own handlers. */
    private static final EntityHistory.Kind<WorkOrderRow, WorkOrderView> HISTORY =
            new EntityHistory.Kind<>("Work order", WorkOrderRowUpdates::new, WorkOrderRow::toView,
                                     WorkOrderView::organizationId);

    private final QueryGateway queryGateway;
    private final EntityHistory history;

    WorkOrderQueryController(QueryGateway queryGateway, EntityHistory history) {
        this.queryGateway = queryGateway;
        this.history = history;
    }

    /** Query parameters of {@code GET /work-orders}; all optional. */
    record WorkOrderListParams(WorkOrderStatus status,
                               UUID vendorId,
                               UUID caseId,
                               UUID propertyId,
                               Boolean overdue,
                               @Size(max = 200) String search,
                               Instant createdFrom,
                               Instant createdTo) {
    }

    @GetMapping
    ApiResponse<List<WorkOrderView>> list(@Valid WorkOrderListParams params, @Valid Paging paging) {
        WorkOrderFilter filter = new WorkOrderFilter(params.status(), params.vendorId(), params.caseId(),
                                                     params.propertyId(), params.overdue(), params.search(),
                                                     params.createdFrom(), params.createdTo());
        return ApiResponse.of(page(new FindWorkOrdersQuery(CurrentActor.get().organizationId(), filter,
                                                           paging.limitOrDefault(), paging.offsetOrDefault())));
    }

    @GetMapping("/queues/overdue")
    ApiResponse<List<WorkOrderView>> overdueQueue(@Valid Paging paging) {
        return queue(WorkOrderQueue.OVERDUE, paging);
    }

    @GetMapping("/queues/awaiting-owner")
    ApiResponse<List<WorkOrderView>> awaitingOwnerQueue(@Valid Paging paging) {
        return queue(WorkOrderQueue.AWAITING_OWNER, paging);
    }

    @GetMapping("/{workOrderId}")
    ApiResponse<WorkOrderView> get(@PathVariable UUID workOrderId) {
        FindWorkOrderQuery query = new FindWorkOrderQuery(CurrentActor.get().organizationId(), workOrderId);
        return ApiResponse.of(Futures.join(queryGateway.query(query,
                                                              ResponseTypes.optionalInstanceOf(WorkOrderView.class)))
                                     .orElseThrow(() -> new NotFoundException("Work order", workOrderId)));
    }

    /**
     * The work order as it stood at {@code asOf}, rebuilt from its events up to that instant; the answer's
     * {@code version} is the sequence number of the last of them.
     */
    @GetMapping("/{workOrderId}/history")
    ApiResponse<WorkOrderView> history(@PathVariable UUID workOrderId, @RequestParam Instant asOf) {
        return ApiResponse.of(history.asOf(HISTORY, CurrentActor.get().organizationId(), workOrderId, asOf))
                          .withMeta("asOf", asOf);
    }

    private ApiResponse<List<WorkOrderView>> queue(WorkOrderQueue queue, Paging paging) {
        return ApiResponse.of(page(new FindWorkOrderQueueQuery(CurrentActor.get().organizationId(), queue,
                                                               paging.limitOrDefault(), paging.offsetOrDefault())));
    }

    private WorkOrderPage page(Object query) {
        return Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(WorkOrderPage.class)));
    }
}

package com.vivanta.ops.query.workorder;

import com.vivanta.ops.api.workorder.FindWorkOrderQuery;
import com.vivanta.ops.api.workorder.FindWorkOrderQueueQuery;
import com.vivanta.ops.api.workorder.FindWorkOrdersQuery;
import com.vivanta.ops.api.workorder.WorkOrderPage;
import com.vivanta.ops.api.workorder.WorkOrderView;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Clock;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code work-order-view} read model: one row per work order, for lists, the overdue and awaiting-owner
 * queues and detail screens. Each event is applied once ({@link AggregateRows}); after each change the new
 * view is emitted to subscription queries, which is how command endpoints learn that their write is visible.
 * Its event handlers are {@link WorkOrderRowUpdates}'s, bound here to the stored rows.
 */
@Component
@ProcessingGroup(WorkOrderViewProjection.NAME)
class WorkOrderViewProjection extends WorkOrderRowUpdates {

    static final String NAME = "work-order-view";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    // PostgreSQL sorts NULLs last in ascending order: work without a due time comes after dated work.
    private static final Sort EARLIEST_DUE_FIRST = Sort.by(Sort.Order.asc("slaDueAt"), Sort.Order.asc("createdAt"),
                                                           Sort.Order.asc("id"));

    private final WorkOrderRowRepository rows;
    private final Clock clock;

    WorkOrderViewProjection(WorkOrderRowRepository rows, QueryUpdateEmitter emitter, Clock clock) {
        super(new AggregateRows<>(rows, row -> {
            WorkOrderView view = row.toView();
            emitter.emit(FindWorkOrderQuery.class, query -> query.workOrderId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        }));
        this.rows = rows;
        this.clock = clock;
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

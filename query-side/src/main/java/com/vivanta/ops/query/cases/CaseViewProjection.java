package com.vivanta.ops.query.cases;

import com.vivanta.ops.api.cases.CaseAssignedEvent;
import com.vivanta.ops.api.cases.CaseDetailsRevisedEvent;
import com.vivanta.ops.api.cases.CaseDueDateChangedEvent;
import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.cases.CaseOwnerVisibleStatusChangedEvent;
import com.vivanta.ops.api.cases.CasePage;
import com.vivanta.ops.api.cases.CasePriorityChangedEvent;
import com.vivanta.ops.api.cases.CaseRelocatedEvent;
import com.vivanta.ops.api.cases.CaseStatusChangedEvent;
import com.vivanta.ops.api.cases.CaseUnassignedEvent;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.cases.FindCaseQueueQuery;
import com.vivanta.ops.api.cases.FindCasesQuery;
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
 * The {@code case-view} read model: one row per case, for lists, queues and detail screens. Each event is
 * applied once ({@link AggregateRows}); after each change the new view is emitted to subscription
 * queries, which is how command endpoints learn that their write is visible.
 */
@Component
@ProcessingGroup(CaseViewProjection.NAME)
class CaseViewProjection {

    static final String NAME = "case-view";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    // PostgreSQL sorts NULLs last in ascending order: cases without a due time come after dated ones.
    private static final Sort MOST_PRESSING_FIRST = Sort.by(Sort.Order.asc("priorityRank"),
                                                            Sort.Order.asc("dueAt"),
                                                            Sort.Order.asc("openedAt"), Sort.Order.asc("id"));

    private final CaseRowRepository rows;
    private final AggregateRows<CaseRow> cases;
    private final Clock clock;

    CaseViewProjection(CaseRowRepository rows, QueryUpdateEmitter emitter, Clock clock) {
        this.rows = rows;
        this.cases = new AggregateRows<>(rows, row -> {
            CaseView view = row.toView();
            emitter.emit(FindCaseQuery.class, query -> query.caseId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
        this.clock = clock;
    }

    @EventHandler
    void on(CaseOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.create(event.caseId(), sequence, at, () -> {
            CaseRow row = new CaseRow(event.caseId(), event.organizationId(), event.openedBy(), at);
            row.details(event.caseType(), event.title(), event.description());
            row.priority(event.priority());
            row.location(event.propertyId(), event.unitId());
            row.dueAt(event.dueAt());
            row.assignee(event.assignedUserId());
            row.ownerVisibleStatus(event.ownerVisibleStatus());
            return row;
        });
    }

    @EventHandler
    void on(CaseDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at,
                     row -> row.details(event.caseType(), event.title(), event.description()));
    }

    @EventHandler
    void on(CasePriorityChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.priority(event.priority()));
    }

    @EventHandler
    void on(CaseRelocatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.location(event.propertyId(), event.unitId()));
    }

    @EventHandler
    void on(CaseDueDateChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.dueAt(event.dueAt()));
    }

    @EventHandler
    void on(CaseOwnerVisibleStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.ownerVisibleStatus(event.ownerVisibleStatus()));
    }

    @EventHandler
    void on(CaseAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.assignee(event.assignedUserId()));
    }

    @EventHandler
    void on(CaseUnassignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.assignee(null));
    }

    @EventHandler
    void on(CaseStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.status(event.status(), at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<CaseView> handle(FindCaseQuery query) {
        return rows.findByIdAndOrganizationId(query.caseId(), query.organizationId()).map(CaseRow::toView);
    }

    @QueryHandler
    CasePage handle(FindCasesQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_CHANGED_FIRST);
        return window.toPage(rows.findAll(CaseSpecifications.matching(query.organizationId(), query.filter()), window),
                             CaseRow::toView, CasePage::new);
    }

    @QueryHandler
    CasePage handle(FindCaseQueueQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), MOST_PRESSING_FIRST);
        return window.toPage(rows.findAll(CaseSpecifications.inQueue(query.organizationId(), query.queue(),
                                                                     clock.instant()), window),
                             CaseRow::toView, CasePage::new);
    }
}

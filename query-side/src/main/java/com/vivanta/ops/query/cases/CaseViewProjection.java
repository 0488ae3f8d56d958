package com.vivanta.ops.query.cases;

import com.vivanta.ops.api.cases.CasePage;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.cases.FindCaseQueueQuery;
import com.vivanta.ops.api.cases.FindCasesQuery;
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
 * The {@code case-view} read model: one row per case, for lists, queues and detail screens. Each event is
 * applied once ({@link AggregateRows}); after each change the new view is emitted to subscription
 * queries, which is how command endpoints learn that their write is visible.
 * Its event handlers are {@link CaseRowUpdates}'s, bound here to the stored rows.
 */
@Component
@ProcessingGroup(CaseViewProjection.NAME)
class CaseViewProjection extends CaseRowUpdates {

    static final String NAME = "case-view";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    // PostgreSQL sorts NULLs last in ascending order: cases without a due time come after dated ones.
    private static final Sort MOST_PRESSING_FIRST = Sort.by(Sort.Order.asc("priorityRank"),
                                                            Sort.Order.asc("dueAt"),
                                                            Sort.Order.asc("openedAt"), Sort.Order.asc("id"));

    private final CaseRowRepository rows;
    private final Clock clock;

    CaseViewProjection(CaseRowRepository rows, QueryUpdateEmitter emitter, Clock clock) {
        super(new AggregateRows<>(rows, row -> {
            CaseView view = row.toView();
            emitter.emit(FindCaseQuery.class, query -> query.caseId().equals(view.id())
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

package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.cases.CaseDetailsRevisedEvent;
import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.cases.CaseOwnerVisibleStatusChangedEvent;
import com.vivanta.ops.api.cases.CasePriorityChangedEvent;
import com.vivanta.ops.api.cases.CaseRelocatedEvent;
import com.vivanta.ops.api.portal.FindPortalCasesQuery;
import com.vivanta.ops.api.portal.PortalCaseView;
import com.vivanta.ops.api.portal.PortalCasePage;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code portal-case} read model: what an owner may know of a case on their property, the title, priority
 * and the status text written for owners. The description, internal status, assignee and notes never enter
 * this table, so no query of the portal can leak them. Cases without an owner-visible status are kept (the
 * status may be set later) but never answered.
 */
@Component
@ProcessingGroup(PortalCaseProjection.NAME)
class PortalCaseProjection {

    static final String NAME = "portal-case";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));

    private final PortalCaseRows rows;
    private final AggregateRows<PortalCaseRow> cases;
    private final Clock clock;

    PortalCaseProjection(PortalCaseRows rows, Clock clock) {
        this.rows = rows;
        this.cases = new AggregateRows<>(rows, row -> { });
        this.clock = clock;
    }

    @EventHandler
    void on(CaseOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.create(event.caseId(), sequence, at, () -> {
            PortalCaseRow row = new PortalCaseRow(event.caseId(), event.organizationId(), at);
            row.title(event.title());
            row.priority(event.priority());
            row.propertyId(event.propertyId());
            row.ownerVisibleStatus(event.ownerVisibleStatus());
            return row;
        });
    }

    @EventHandler
    void on(CaseDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.title(event.title()));
    }

    @EventHandler
    void on(CasePriorityChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.priority(event.priority()));
    }

    @EventHandler
    void on(CaseRelocatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.propertyId(event.propertyId()));
    }

    @EventHandler
    void on(CaseOwnerVisibleStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        cases.change(event.caseId(), sequence, at, row -> row.ownerVisibleStatus(event.ownerVisibleStatus()));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    PortalCasePage handle(FindPortalCasesQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_CHANGED_FIRST);
        return window.toPage(rows.findVisible(query.scope().organizationId(), query.scope().ownerId(),
                                              LocalDate.now(clock), query.propertyId(), window),
                             PortalCaseRow::toView, PortalCasePage::new);
    }
}

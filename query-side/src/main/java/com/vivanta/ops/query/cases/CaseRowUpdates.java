package com.vivanta.ops.query.cases;

import com.vivanta.ops.api.cases.CaseAssignedEvent;
import com.vivanta.ops.api.cases.CaseDetailsRevisedEvent;
import com.vivanta.ops.api.cases.CaseDueDateChangedEvent;
import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.cases.CaseOwnerVisibleStatusChangedEvent;
import com.vivanta.ops.api.cases.CasePriorityChangedEvent;
import com.vivanta.ops.api.cases.CaseRelocatedEvent;
import com.vivanta.ops.api.cases.CaseStatusChangedEvent;
import com.vivanta.ops.api.cases.CaseUnassignedEvent;
import com.vivanta.ops.query.common.AggregateRows;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

/**
 * How each event of a case changes its {@code case-view} row. The live projection applies it to the stored
 * rows; the point-in-time history ({@code GET /cases/{id}/history}) applies it to a transient row, so both
 * read the events the same way.
 */
class CaseRowUpdates {

    private final AggregateRows<CaseRow> cases;

    CaseRowUpdates(AggregateRows<CaseRow> cases) {
        this.cases = cases;
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
}

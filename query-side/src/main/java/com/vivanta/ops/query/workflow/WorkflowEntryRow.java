package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.workflow.WorkflowEntryStatus;
import com.vivanta.ops.api.workflow.WorkflowEntryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a run's timeline: one event, as it was stored. Written by {@link TimelineEntries}. */
@Entity
@Table(name = "workflow_entry")
class WorkflowEntryRow {

    @Id
    private String id;
    @Column(name = "run_id", nullable = false)
    private UUID runId;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(nullable = false)
    private long position;
    @Column(name = "aggregate_id", nullable = false)
    private String aggregateId;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    private String actor;
    @Column(nullable = false)
    private String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkflowEntryStatus status;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "ai_run_id")
    private UUID aiRunId;
    @Column(name = "ai_suggestion_id")
    private String aiSuggestionId;

    protected WorkflowEntryRow() {
    }

    UUID runId() {
        return runId;
    }

    WorkflowEntryView toView() {
        return new WorkflowEntryView(id, runId, eventType, occurredAt, actor, summary, status, correlationId,
                                     aiRunId, aiSuggestionId);
    }
}

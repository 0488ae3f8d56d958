package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiEvaluationOutcome;
import com.vivanta.ops.api.ai.AiEvaluationView;
import com.vivanta.ops.api.ai.AiRunEvaluatedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One piece of feedback on a run, part of the {@code ai-run-view} read model. */
@Entity
@Table(name = "ai_run_evaluation")
class AiRunEvaluationRow {

    @Id
    private UUID id;
    @Column(name = "run_id", nullable = false)
    private UUID runId;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "suggestion_id")
    private UUID suggestionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiEvaluationOutcome outcome;
    private Double score;
    private String notes;
    @Column(name = "evaluated_by", nullable = false)
    private String evaluatedBy;
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    protected AiRunEvaluationRow() {
    }

    AiRunEvaluationRow(AiRunEvaluatedEvent event, UUID organizationId, Instant at) {
        this.id = event.evaluationId();
        this.runId = event.runId();
        this.organizationId = organizationId;
        this.suggestionId = event.suggestionId();
        this.outcome = event.outcome();
        this.score = event.score();
        this.notes = event.notes();
        this.evaluatedBy = event.evaluatedBy();
        this.evaluatedAt = at;
    }

    AiEvaluationView toView() {
        return new AiEvaluationView(id, runId, suggestionId, outcome, score, notes, evaluatedBy, evaluatedAt);
    }
}

package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiRunStartedEvent;
import com.vivanta.ops.api.ai.AiRunStatus;
import com.vivanta.ops.api.ai.AiRunView;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the {@code ai-run-view} read model. Every value is derived from the run's events. */
@Entity
@Table(name = "ai_run_view")
class AiRunRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiCapability capability;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private AiTargetType targetType;
    @Column(name = "target_id")
    private UUID targetId;
    @Column(name = "run_trigger", nullable = false)
    private String trigger;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiRunStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiProviderKind provider;
    @Column(nullable = false)
    private String model;
    @Column(name = "prompt_template_key", nullable = false)
    private String promptTemplateKey;
    @Column(name = "prompt_template_version", nullable = false)
    private int promptTemplateVersion;
    @Column(name = "input_hash", nullable = false)
    private String inputHash;
    private String output;
    private Double confidence;
    @Column(name = "latency_ms")
    private Long latencyMs;
    @Column(name = "failure_code")
    private String failureCode;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(nullable = false)
    private int attempt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "suggestion_ids", nullable = false)
    private List<UUID> suggestionIds = new ArrayList<>();
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected AiRunRow() {
    }

    AiRunRow(AiRunStartedEvent event, Instant at) {
        this.id = event.runId();
        this.organizationId = event.organizationId();
        this.capability = event.capability();
        if (event.target() != null) {
            this.targetType = event.target().entityType();
            this.targetId = event.target().entityId();
        }
        this.trigger = event.trigger();
        this.status = AiRunStatus.RUNNING;
        this.provider = event.provider();
        this.model = event.model();
        this.promptTemplateKey = event.promptTemplateKey();
        this.promptTemplateVersion = event.promptTemplateVersion();
        this.inputHash = event.inputHash();
        this.attempt = 1;
        this.startedBy = event.startedBy();
        this.startedAt = at;
    }

    void completed(String output, double confidence, long latencyMs, List<UUID> suggestionIds, Instant at) {
        this.status = AiRunStatus.COMPLETED;
        this.output = output;
        this.confidence = confidence;
        this.latencyMs = latencyMs;
        this.suggestionIds = new ArrayList<>(suggestionIds);
        this.completedAt = at;
    }

    void failed(String code, String reason, long latencyMs, Instant at) {
        this.status = AiRunStatus.FAILED;
        this.failureCode = code;
        this.failureReason = reason;
        this.latencyMs = latencyMs;
        this.completedAt = at;
    }

    /** Another attempt: the previous outcome no longer stands. */
    void retried(int attempt) {
        this.status = AiRunStatus.RUNNING;
        this.attempt = attempt;
        this.failureCode = null;
        this.failureReason = null;
        this.latencyMs = null;
        this.completedAt = null;
    }

    UUID organizationId() {
        return organizationId;
    }

    AiRunView toView() {
        return new AiRunView(id, organizationId, capability,
                             targetType == null ? null : new AiTarget(targetType, targetId), trigger, status,
                             provider, model, promptTemplateKey, promptTemplateVersion, inputHash, output, confidence,
                             latencyMs, failureCode, failureReason, attempt, List.copyOf(suggestionIds), startedBy,
                             startedAt, completedAt, version());
    }
}

package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.ai.AiRunStatus;
import com.vivanta.ops.api.workflow.WorkflowRunStatus;
import com.vivanta.ops.api.workflow.WorkflowRunView;
import com.vivanta.ops.api.workflow.WorkflowTargetType;
import com.vivanta.ops.api.workflow.WorkflowType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of the {@code workflow-timeline} read model. Its status is not stored as events say it: it is
 * worked out from the entity's status and the run's latest automated step whenever either changes.
 */
@Entity
@Table(name = "workflow_run")
class WorkflowRunRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "workflow_type", nullable = false)
    private WorkflowType workflowType;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_entity_type", nullable = false)
    private WorkflowTargetType targetEntityType;
    @Column(name = "target_entity_id", nullable = false)
    private UUID targetEntityId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkflowRunStatus status;
    @Column(name = "entity_status", nullable = false)
    private String entityStatus;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "last_event_at", nullable = false)
    private Instant lastEventAt;
    @Column(name = "entry_count", nullable = false)
    private int entryCount;
    @Column(name = "latest_ai_run_id")
    private UUID latestAiRunId;
    @Enumerated(EnumType.STRING)
    @Column(name = "latest_ai_run_status")
    private AiRunStatus latestAiRunStatus;
    @Column(nullable = false)
    private long version;

    protected WorkflowRunRow() {
    }

    WorkflowRunRow(WorkflowTargetType target, UUID entityId, UUID organizationId, String entityStatus,
                   Instant startedAt) {
        this.id = target.runIdOf(entityId);
        this.organizationId = organizationId;
        this.workflowType = target.workflowType();
        this.targetEntityType = target;
        this.targetEntityId = entityId;
        this.entityStatus = entityStatus;
        this.startedAt = startedAt;
        this.lastEventAt = startedAt;
        this.status = RunStatusRules.of(target, entityStatus);
    }

    UUID id() {
        return id;
    }

    UUID organizationId() {
        return organizationId;
    }

    WorkflowTargetType targetEntityType() {
        return targetEntityType;
    }

    UUID latestAiRunId() {
        return latestAiRunId;
    }

    WorkflowRunView toView() {
        return new WorkflowRunView(id, organizationId, workflowType, targetEntityType, targetEntityId, status,
                                   entityStatus, startedAt, completedAt, lastEventAt, entryCount, latestAiRunId,
                                   latestAiRunStatus, version);
    }

    /** An event of the entity itself was entered; {@code entityStatus} is null when it left the status as it was. */
    void entityEvent(long sequence, Instant at, String entityStatus) {
        this.version = sequence;
        if (entityStatus != null) {
            this.entityStatus = entityStatus;
        }
        entered(at);
    }

    /** An event of an automated step about the entity was entered. */
    void stepEvent(Instant at) {
        entered(at);
    }

    /**
     * An automated step began or was retried (RUNNING: it is the run's latest step now), or answered
     * (COMPLETED, FAILED: which counts only while it is the latest; an older step was overtaken).
     */
    void stepReported(UUID aiRunId, AiRunStatus status) {
        if (status == AiRunStatus.RUNNING) {
            this.latestAiRunId = aiRunId;
            this.latestAiRunStatus = status;
        } else if (aiRunId.equals(latestAiRunId)) {
            this.latestAiRunStatus = status;
        }
    }

    private void entered(Instant at) {
        this.entryCount++;
        // The latest, not the last handled: an event committed late is handled after newer ones live, but in
        // its place on a replay, and both must give the same row.
        if (at.isAfter(lastEventAt)) {
            this.lastEventAt = at;
        }
        WorkflowRunStatus before = status;
        WorkflowRunStatus followingEntity = RunStatusRules.of(targetEntityType, entityStatus);
        this.status = !followingEntity.isFinished() && latestAiRunStatus == AiRunStatus.FAILED
                ? WorkflowRunStatus.FAILED : followingEntity;
        if (status.isFinished() && !before.isFinished()) {
            this.completedAt = at;
        } else if (!status.isFinished()) {
            this.completedAt = null;
        }
    }
}

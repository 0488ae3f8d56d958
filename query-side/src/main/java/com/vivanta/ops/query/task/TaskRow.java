package com.vivanta.ops.query.task;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.task.RelatedEntity;
import com.vivanta.ops.api.task.RelatedEntityType;
import com.vivanta.ops.api.task.TaskStatus;
import com.vivanta.ops.api.task.TaskView;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the {@code task-view} read model. Every value is derived from the task's events. */
@Entity
@Table(name = "task_view")
class TaskRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "task_type", nullable = false)
    private String taskType;
    @Column(nullable = false)
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CasePriority priority;
    @Column(name = "priority_rank", nullable = false)
    private int priorityRank;
    @Column(name = "assigned_user_id")
    private UUID assignedUserId;
    @Enumerated(EnumType.STRING)
    @Column(name = "related_entity_type")
    private RelatedEntityType relatedEntityType;
    @Column(name = "related_entity_id")
    private UUID relatedEntityId;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TaskRow() {
    }

    TaskRow(UUID id, UUID organizationId, String createdBy, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = TaskStatus.OPEN;
    }

    TaskView toView() {
        return new TaskView(id, organizationId, taskType, title, description, status, priority, assignedUserId,
                            relatedEntityType, relatedEntityId, dueAt, completedAt, createdBy, createdAt, updatedAt(),
                            version());
    }

    void details(String taskType, String title, String description) {
        this.taskType = taskType;
        this.title = title;
        this.description = description;
    }

    void priority(CasePriority priority) {
        this.priority = priority;
        // Lower rank sorts first: URGENT is 0.
        this.priorityRank = CasePriority.values().length - 1 - priority.ordinal();
    }

    void assignee(UUID assignedUserId) {
        this.assignedUserId = assignedUserId;
    }

    void relatedEntity(RelatedEntity relatedEntity) {
        this.relatedEntityType = relatedEntity == null ? null : relatedEntity.type();
        this.relatedEntityId = relatedEntity == null ? null : relatedEntity.id();
    }

    void dueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    /** The completion time is the moment the task became DONE, and only a DONE task has one. */
    void status(TaskStatus status, Instant at) {
        this.status = status;
        this.completedAt = status == TaskStatus.DONE ? at : null;
    }
}

package com.vivanta.ops.query.cases;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.query.common.ReflectingRow;
import com.vivanta.ops.query.common.StoredInstants;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the {@code case-view} read model. Every value is derived from the case's events. */
@Entity
@Table(name = "case_view")
class CaseRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "case_type", nullable = false)
    private String caseType;
    @Column(nullable = false)
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CasePriority priority;
    @Column(name = "priority_rank", nullable = false)
    private int priorityRank;
    @Column(name = "property_id")
    private UUID propertyId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "assigned_user_id")
    private UUID assignedUserId;
    @Column(name = "owner_visible_status")
    private String ownerVisibleStatus;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected CaseRow() {
    }

    CaseRow(UUID id, UUID organizationId, String createdBy, Instant openedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.createdBy = createdBy;
        this.openedAt = openedAt;
        this.status = CaseStatus.OPEN;
    }

    CaseView toView() {
        return new CaseView(id, organizationId, caseType, title, description, status, priority, propertyId, unitId,
                            dueAt, assignedUserId, ownerVisibleStatus, createdBy, openedAt, closedAt, updatedAt(),
                            version());
    }

    UUID id() {
        return id;
    }

    UUID organizationId() {
        return organizationId;
    }

    void details(String caseType, String title, String description) {
        this.caseType = caseType;
        this.title = title;
        this.description = description;
    }

    void priority(CasePriority priority) {
        this.priority = priority;
        // Lower rank sorts first: URGENT is 0.
        this.priorityRank = CasePriority.values().length - 1 - priority.ordinal();
    }

    void location(UUID propertyId, UUID unitId) {
        this.propertyId = propertyId;
        this.unitId = unitId;
    }

    void dueAt(Instant dueAt) {
        this.dueAt = StoredInstants.stored(dueAt);
    }

    void assignee(UUID assignedUserId) {
        this.assignedUserId = assignedUserId;
    }

    void ownerVisibleStatus(String ownerVisibleStatus) {
        this.ownerVisibleStatus = ownerVisibleStatus;
    }

    void status(CaseStatus status, Instant at) {
        this.status = status;
        if (status.isTerminal()) {
            this.closedAt = at;
        }
    }
}

package com.vivanta.ops.query.workorder;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.workorder.ComplianceOverride;
import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.OwnerApprovalView;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.api.workorder.WorkOrderView;
import com.vivanta.ops.query.common.MoneyColumns;
import com.vivanta.ops.query.common.ReflectingRow;
import com.vivanta.ops.query.common.StoredInstants;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the {@code work-order-view} read model. Every value is derived from the work order's events. */
@Entity
@Table(name = "work_order_view")
class WorkOrderRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "work_order_number", nullable = false)
    private String workOrderNumber;
    @Column(nullable = false)
    private String title;
    private String description;
    private String trade;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkOrderStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CasePriority priority;
    @Column(name = "property_id")
    private UUID propertyId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "vendor_id")
    private UUID vendorId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "compliance_override")
    private ComplianceOverride complianceOverride;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "estimate_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "estimate_currency"))
    private MoneyColumns estimate;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "not_to_exceed_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "not_to_exceed_currency"))
    private MoneyColumns notToExceed;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "actual_cost_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "actual_cost_currency"))
    private MoneyColumns actualCost;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_approval_status", nullable = false)
    private OwnerApprovalStatus ownerApprovalStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "owner_approval", nullable = false)
    private OwnerApprovalView ownerApproval;
    @Column(name = "sla_due_at")
    private Instant slaDueAt;
    @Column(name = "scheduled_for")
    private Instant scheduledFor;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "completion_note")
    private String completionNote;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancellation_reason")
    private String cancellationReason;
    @Column(name = "hold_reason")
    private String holdReason;
    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WorkOrderRow() {
    }

    WorkOrderRow(UUID id, UUID organizationId, UUID caseId, String workOrderNumber, CasePriority priority,
                 String createdBy, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.caseId = caseId;
        this.workOrderNumber = workOrderNumber;
        this.priority = priority;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = WorkOrderStatus.OPEN;
        ownerApproval(notAsked(null));
    }

    WorkOrderView toView() {
        return new WorkOrderView(id, organizationId, caseId, workOrderNumber, title, description, trade, status,
                                 priority, propertyId, unitId, vendorId, complianceOverride,
                                 MoneyColumns.toMoney(estimate), MoneyColumns.toMoney(notToExceed),
                                 MoneyColumns.toMoney(actualCost), ownerApproval, slaDueAt, scheduledFor, startedAt,
                                 completedAt, completionNote, cancelledAt, cancellationReason, holdReason,
                                 reopenCount, createdBy, createdAt, updatedAt(), version());
    }

    OwnerApprovalView ownerApproval() {
        return ownerApproval;
    }

    void details(String title, String description, String trade) {
        this.title = title;
        this.description = description;
        this.trade = trade;
    }

    void location(UUID propertyId, UUID unitId) {
        this.propertyId = propertyId;
        this.unitId = unitId;
    }

    void cost(Money estimate, Money notToExceed) {
        this.estimate = MoneyColumns.of(estimate);
        this.notToExceed = MoneyColumns.of(notToExceed);
    }

    void slaDueAt(Instant slaDueAt) {
        this.slaDueAt = StoredInstants.stored(slaDueAt);
    }

    void status(WorkOrderStatus status) {
        this.status = status;
    }

    void ownerApproval(OwnerApprovalView ownerApproval) {
        this.ownerApproval = ownerApproval;
        this.ownerApprovalStatus = ownerApproval.status();
    }

    void vendor(UUID vendorId, ComplianceOverride complianceOverride) {
        this.vendorId = vendorId;
        this.complianceOverride = complianceOverride;
    }

    void scheduledFor(Instant scheduledFor) {
        this.scheduledFor = StoredInstants.stored(scheduledFor);
    }

    void started(Instant at) {
        this.status = WorkOrderStatus.IN_PROGRESS;
        this.startedAt = at;
    }

    void held(String reason) {
        this.status = WorkOrderStatus.ON_HOLD;
        this.holdReason = reason;
    }

    void resumed(WorkOrderStatus status) {
        this.status = status;
        this.holdReason = null;
    }

    void completed(Instant at, String note, Money actualCost) {
        this.status = WorkOrderStatus.COMPLETED;
        this.completedAt = at;
        this.completionNote = note;
        this.actualCost = MoneyColumns.of(actualCost);
    }

    void cancelled(Instant at, String reason) {
        this.status = WorkOrderStatus.CANCELLED;
        this.cancelledAt = at;
        this.cancellationReason = reason;
    }

    /** Back to its vendor: the work is no longer done, so what described its completion goes. */
    void reopened(UUID vendorId, int reopenCount) {
        this.status = WorkOrderStatus.ASSIGNED;
        this.vendorId = vendorId;
        this.reopenCount = reopenCount;
        this.completedAt = null;
        this.completionNote = null;
        this.actualCost = null;
    }

    /** Nobody is (or is any longer) being asked; what owners approved before still stands. */
    static OwnerApprovalView notAsked(Money approvedAmount) {
        return new OwnerApprovalView(OwnerApprovalStatus.NOT_REQUIRED, null, null, false, null, null, null, null,
                                     null, null, null, approvedAmount);
    }
}

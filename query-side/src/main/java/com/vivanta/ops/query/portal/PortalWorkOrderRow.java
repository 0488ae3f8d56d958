package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.portal.PortalApprovalKind;
import com.vivanta.ops.api.portal.PortalApprovalStatus;
import com.vivanta.ops.api.portal.PortalApprovalView;
import com.vivanta.ops.api.portal.PortalScope;
import com.vivanta.ops.api.portal.PortalWorkOrderView;
import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.query.common.MoneyColumns;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "portal_work_order")
class PortalWorkOrderRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "property_id")
    private UUID propertyId;
    @Column(name = "work_order_number", nullable = false)
    private String workOrderNumber;
    @Column(nullable = false)
    private String title;
    private String trade;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkOrderStatus status;
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
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "approval_limit_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "approval_limit_currency"))
    private MoneyColumns approvalLimit;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_approval_status", nullable = false)
    private OwnerApprovalStatus ownerApprovalStatus;
    /** The owners asked about the cost; an owner sees the question only when among them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_work_order_owner", joinColumns = @JoinColumn(name = "work_order_id"))
    @Column(name = "owner_id")
    private Set<UUID> askedOwners = new HashSet<>();
    @Column(name = "approval_requested_at")
    private Instant approvalRequestedAt;
    @Column(name = "approval_decided_at")
    private Instant approvalDecidedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;
    @Column(name = "scheduled_for")
    private Instant scheduledFor;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected PortalWorkOrderRow() {
    }

    PortalWorkOrderRow(UUID id, UUID organizationId, UUID propertyId, String workOrderNumber, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.propertyId = propertyId;
        this.workOrderNumber = workOrderNumber;
        this.createdAt = createdAt;
        this.createdOn = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        this.status = WorkOrderStatus.OPEN;
        this.ownerApprovalStatus = OwnerApprovalStatus.NOT_REQUIRED;
    }

    void details(String title, String trade) {
        this.title = title;
        this.trade = trade;
    }

    void cost(Money estimate, Money notToExceed) {
        this.estimate = MoneyColumns.of(estimate);
        this.notToExceed = MoneyColumns.of(notToExceed);
    }

    void status(WorkOrderStatus status) {
        this.status = status;
    }

    void ownersAsked(Money limit, Collection<UUID> owners, Instant at) {
        this.ownerApprovalStatus = OwnerApprovalStatus.PENDING;
        this.approvalLimit = MoneyColumns.of(limit);
        this.askedOwners.clear();
        this.askedOwners.addAll(owners);
        this.approvalRequestedAt = at;
        this.approvalDecidedAt = null;
    }

    void ownersAnswered(OwnerApprovalStatus answer, Instant at) {
        this.ownerApprovalStatus = answer;
        this.approvalDecidedAt = at;
    }

    void questionDropped() {
        this.ownerApprovalStatus = OwnerApprovalStatus.NOT_REQUIRED;
    }

    void scheduledFor(Instant scheduledFor) {
        this.scheduledFor = scheduledFor;
        this.status = WorkOrderStatus.SCHEDULED;
    }

    void started(Instant at) {
        this.startedAt = at;
        this.status = WorkOrderStatus.IN_PROGRESS;
    }

    void completed(Instant at, Money actualCost) {
        this.completedAt = at;
        this.actualCost = MoneyColumns.of(actualCost);
        this.status = WorkOrderStatus.COMPLETED;
    }

    void cancelled(Instant at) {
        this.cancelledAt = at;
        this.status = WorkOrderStatus.CANCELLED;
    }

    PortalWorkOrderView toView() {
        return new PortalWorkOrderView(id, propertyId, workOrderNumber, title, trade, status,
                                       MoneyColumns.toMoney(estimate), MoneyColumns.toMoney(notToExceed),
                                       MoneyColumns.toMoney(actualCost), ownerApprovalStatus, createdAt, scheduledFor,
                                       startedAt, completedAt, cancelledAt, updatedAt(), version());
    }

    /**
     * The question about the cost as an approval: a question asked earlier and since withdrawn (the ceiling
     * lowered) shows as WITHDRAWN.
     */
    PortalApprovalView toApproval() {
        PortalApprovalStatus approval = switch (ownerApprovalStatus) {
            case PENDING -> PortalApprovalStatus.PENDING;
            case APPROVED -> PortalApprovalStatus.APPROVED;
            case DECLINED -> PortalApprovalStatus.DECLINED;
            case NOT_REQUIRED -> PortalApprovalStatus.WITHDRAWN;
        };
        return new PortalApprovalView(id, PortalApprovalKind.WORK_ORDER, approval, propertyId, workOrderNumber, title,
                                      MoneyColumns.toMoney(notToExceed), MoneyColumns.toMoney(approvalLimit),
                                      approvalRequestedAt, approvalDecidedAt, null);
    }

    /** Whether the owner of this scope is among those asked. */
    boolean asks(PortalScope scope) {
        return organizationId.equals(scope.organizationId()) && askedOwners.contains(scope.ownerId());
    }
}

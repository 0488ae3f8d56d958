package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.invoice.InvoiceTotals;
import com.vivanta.ops.api.portal.PortalApprovalKind;
import com.vivanta.ops.api.portal.PortalApprovalStatus;
import com.vivanta.ops.api.portal.PortalApprovalView;
import com.vivanta.ops.api.portal.PortalScope;
import com.vivanta.ops.api.portal.PortalInvoiceView;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "portal_invoice")
class PortalInvoiceRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "property_id")
    private UUID propertyId;
    @Column(name = "work_order_id")
    private UUID workOrderId;
    @Column(name = "invoice_number")
    private String invoiceNumber;
    @Column(name = "invoice_date")
    private LocalDate invoiceDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;
    @Column(nullable = false)
    private String currency;
    @Column(name = "subtotal_amount", nullable = false)
    private BigDecimal subtotal;
    @Column(name = "tax_amount", nullable = false)
    private BigDecimal tax;
    @Column(name = "total_amount", nullable = false)
    private BigDecimal total;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "exported_at")
    private Instant exportedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;
    @Column(name = "owner_step_flow_id")
    private UUID ownerStepFlowId;
    @Column(name = "owner_step_order")
    private Integer ownerStepOrder;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_step_status")
    private PortalApprovalStatus ownerStepStatus;
    @Column(name = "owner_step_requested_at")
    private Instant ownerStepRequestedAt;
    @Column(name = "owner_step_decided_at")
    private Instant ownerStepDecidedAt;
    /** The owners the OWNER step asks; an owner sees the step only when among them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_invoice_owner", joinColumns = @JoinColumn(name = "invoice_id"))
    @Column(name = "owner_id")
    private Set<UUID> askedOwners = new HashSet<>();

    protected PortalInvoiceRow() {
    }

    PortalInvoiceRow(UUID id, UUID organizationId, UUID propertyId, UUID workOrderId, String currency,
                     Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.propertyId = propertyId;
        this.workOrderId = workOrderId;
        this.currency = currency;
        this.createdAt = createdAt;
        this.createdOn = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        this.status = InvoiceStatus.DRAFT;
        this.subtotal = BigDecimal.ZERO;
        this.tax = BigDecimal.ZERO;
        this.total = BigDecimal.ZERO;
    }

    void details(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate) {
        this.invoiceNumber = invoiceNumber;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
    }

    void totals(InvoiceTotals totals) {
        this.subtotal = totals.subtotal().amount();
        this.tax = totals.tax().amount();
        this.total = totals.total().amount();
    }

    void status(InvoiceStatus status) {
        this.status = status;
    }

    void approved(Instant at) {
        this.status = InvoiceStatus.APPROVED;
        this.approvedAt = at;
    }

    void exported(Instant at) {
        this.status = InvoiceStatus.EXPORTED;
        this.exportedAt = at;
    }

    /** A new flow: remembers its OWNER step, if the route has one, asked at once when it comes first. */
    void flowStarted(UUID flowId, ApprovalRoute route, Instant at) {
        this.status = InvoiceStatus.PENDING_APPROVAL;
        this.askedOwners.clear();
        this.ownerStepFlowId = null;
        this.ownerStepOrder = null;
        this.ownerStepStatus = null;
        this.ownerStepRequestedAt = null;
        this.ownerStepDecidedAt = null;
        List<ApprovalStepPlan> steps = route.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == ApprovalStepKind.OWNER) {
                this.ownerStepFlowId = flowId;
                this.ownerStepOrder = i + 1;
                this.askedOwners.addAll(steps.get(i).ownerIds());
                if (i == 0) {
                    ownerStepAsked(at);
                } else {
                    this.ownerStepStatus = PortalApprovalStatus.UPCOMING;
                }
                return;
            }
        }
    }

    /** A step was decided as a whole: the OWNER step's answer, or the step before it cleared the way. */
    void stepDecided(UUID flowId, int stepOrder, ApprovalDecision decision, Instant at) {
        if (ownerStepOrder == null || !flowId.equals(ownerStepFlowId)) {
            return;
        }
        if (stepOrder == ownerStepOrder) {
            this.ownerStepStatus = decision == ApprovalDecision.APPROVE ? PortalApprovalStatus.APPROVED
                    : PortalApprovalStatus.DECLINED;
            this.ownerStepDecidedAt = at;
        } else if (stepOrder + 1 == ownerStepOrder && decision == ApprovalDecision.APPROVE) {
            ownerStepAsked(at);
        }
    }

    /** The flow ended before the owners answered. */
    void flowEnded(InvoiceStatus status) {
        this.status = status;
        if (ownerStepStatus == PortalApprovalStatus.PENDING || ownerStepStatus == PortalApprovalStatus.UPCOMING) {
            this.ownerStepStatus = PortalApprovalStatus.WITHDRAWN;
        }
    }

    private void ownerStepAsked(Instant at) {
        this.ownerStepStatus = PortalApprovalStatus.PENDING;
        this.ownerStepRequestedAt = at;
    }

    PortalInvoiceView toView() {
        return new PortalInvoiceView(id, propertyId, workOrderId, invoiceNumber, invoiceDate, dueDate, status,
                                     money(subtotal), money(tax), money(total), approvedAt, exportedAt, updatedAt(),
                                     version());
    }

    PortalApprovalView toApproval() {
        return new PortalApprovalView(id, PortalApprovalKind.INVOICE, ownerStepStatus, propertyId, invoiceNumber,
                                      invoiceNumber == null ? "Invoice" : "Invoice " + invoiceNumber, money(total),
                                      null, ownerStepRequestedAt, ownerStepDecidedAt, ownerStepFlowId);
    }

    private Money money(BigDecimal amount) {
        return new Money(new BigDecimal(amount.stripTrailingZeros().toPlainString()), currency);
    }

    /** Whether the owner of this scope is among those asked. */
    boolean asks(PortalScope scope) {
        return organizationId.equals(scope.organizationId()) && askedOwners.contains(scope.ownerId());
    }
}

package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.approval.ApprovalFlowStatus;
import com.vivanta.ops.api.approval.ApprovalFlowView;
import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.ApprovalStepDecisionView;
import com.vivanta.ops.api.approval.ApprovalStepStatus;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the {@code approval-flow-view} read model, with its steps. The flow lives inside the Invoice
 * aggregate: its version is the invoice's sequence number of the last event that changed the flow.
 */
@Entity
@Table(name = "approval_flow_view")
class ApprovalFlowRow extends ReflectingRow {

    /** The only kind of entity approved by flows so far. */
    static final String TARGET_ENTITY_TYPE = "INVOICE";

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalFlowStatus status;
    @Column(name = "policy_id")
    private UUID policyId;
    @Column(name = "policy_version", nullable = false)
    private int policyVersion;
    @Column(name = "rule_name", nullable = false)
    private String ruleName;
    @Column(name = "initiated_by", nullable = false)
    private String initiatedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "barred_approvers", nullable = false)
    private List<String> barredApprovers;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_step_view", joinColumns = @JoinColumn(name = "flow_id"))
    @OrderBy("stepOrder")
    @BatchSize(size = 100)
    private List<ApprovalStepColumns> steps = new ArrayList<>();
    @Column(name = "exceeds_nte", nullable = false)
    private boolean exceedsNte;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected ApprovalFlowRow() {
    }

    /** A flow just started along the route: PENDING, its first step open, the others waiting. */
    ApprovalFlowRow(UUID id, FlowInvoiceRow invoice, ApprovalRoute route, boolean exceedsNte, String initiatedBy,
                    Instant startedAt) {
        this.id = id;
        this.exceedsNte = exceedsNte;
        this.organizationId = invoice.organizationId();
        this.invoiceId = invoice.invoiceId();
        this.status = ApprovalFlowStatus.PENDING;
        this.policyId = route.policyId();
        this.policyVersion = route.policyVersion();
        this.ruleName = route.ruleName();
        this.initiatedBy = initiatedBy;
        this.startedAt = startedAt;
        this.barredApprovers = invoice.barredApprovers();
        for (int i = 0; i < route.steps().size(); i++) {
            steps.add(new ApprovalStepColumns(i + 1, route.steps().get(i)));
        }
    }

    ApprovalFlowView toView() {
        return new ApprovalFlowView(id, organizationId, TARGET_ENTITY_TYPE, invoiceId, status, policyId, policyVersion,
                                    ruleName, initiatedBy, startedAt, completedAt,
                                    steps.stream().map(ApprovalStepColumns::toView).toList(), version());
    }

    /**
     * Records a decision on a step. Once the step is decided as a whole it takes the decision's status, and
     * an approval opens the next waiting step.
     */
    void decided(int stepOrder, ApprovalStepDecisionView decision, boolean stepCompleted) {
        ApprovalStepColumns step = step(stepOrder);
        step.record(decision);
        // Staff recording an owner's answer approved nothing themselves (as the aggregate counts it).
        if (decision.decision() == ApprovalDecision.APPROVE && decision.ownerId() == null) {
            barredApprovers = FlowInvoiceRow.with(barredApprovers, decision.actedBy());
        }
        if (stepCompleted) {
            step.status(ApprovalStepColumns.statusAfter(decision.decision()));
            if (decision.decision() == ApprovalDecision.APPROVE) {
                steps.stream().filter(next -> next.status() == ApprovalStepStatus.WAITING).findFirst()
                     .ifPresent(next -> next.status(ApprovalStepStatus.PENDING));
            }
        }
    }

    /** Hands a step to other approvers; the reassignment shows among its decisions, with no decision. */
    void reassigned(int stepOrder, Collection<UUID> userIds, String roleName, ApprovalStepDecisionView entry) {
        ApprovalStepColumns step = step(stepOrder);
        step.approvers(userIds, roleName);
        step.record(entry);
    }

    void approved(Instant at) {
        this.status = ApprovalFlowStatus.APPROVED;
        this.completedAt = at;
    }

    /** Ended by a reject or a request for changes: the steps not decided yet are never reached. */
    void endedEarly(ApprovalFlowStatus status, Instant at) {
        this.status = status;
        this.completedAt = at;
        steps.stream()
             .filter(step -> step.status() == ApprovalStepStatus.WAITING || step.status() == ApprovalStepStatus.PENDING)
             .forEach(step -> step.status(ApprovalStepStatus.NOT_REACHED));
    }

    private ApprovalStepColumns step(int stepOrder) {
        return steps.stream().filter(step -> step.stepOrder() == stepOrder).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Flow " + id + " has no step " + stepOrder));
    }
}

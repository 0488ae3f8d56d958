package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.api.approval.ApprovalStepDecisionView;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.approval.ApprovalStepStatus;
import com.vivanta.ops.api.approval.ApprovalStepView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of {@code approval_step_view}: a step of a flow, who may decide it, and what was decided on it. */
@Embeddable
class ApprovalStepColumns {

    @Column(name = "step_order", nullable = false)
    private int stepOrder;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStepKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalMode mode;
    // Sorted, so that the same events always give the same row.
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "user_ids", nullable = false)
    private List<UUID> userIds;
    @Column(name = "role_name")
    private String roleName;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "owner_ids", nullable = false)
    private List<UUID> ownerIds;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStepStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ApprovalStepDecisionView> decisions;

    protected ApprovalStepColumns() {
    }

    /** Step {@code stepOrder} (from 1) of a new flow: the first can be decided at once, the others wait. */
    ApprovalStepColumns(int stepOrder, ApprovalStepPlan plan) {
        this.stepOrder = stepOrder;
        this.name = plan.name();
        this.kind = plan.kind();
        this.mode = plan.mode();
        approvers(plan.userIds(), plan.roleName());
        this.ownerIds = List.copyOf(plan.ownerIds());
        this.status = stepOrder == 1 ? ApprovalStepStatus.PENDING : ApprovalStepStatus.WAITING;
        this.decisions = List.of();
    }

    int stepOrder() {
        return stepOrder;
    }

    ApprovalStepStatus status() {
        return status;
    }

    void status(ApprovalStepStatus status) {
        this.status = status;
    }

    void approvers(Collection<UUID> userIds, String roleName) {
        this.userIds = userIds.stream().sorted().toList();
        this.roleName = roleName;
    }

    void record(ApprovalStepDecisionView decision) {
        List<ApprovalStepDecisionView> all = new ArrayList<>(decisions);
        all.add(decision);
        this.decisions = List.copyOf(all);
    }

    /** What a step that ends with this decision is. */
    static ApprovalStepStatus statusAfter(ApprovalDecision decision) {
        return switch (decision) {
            case APPROVE -> ApprovalStepStatus.APPROVED;
            case REJECT -> ApprovalStepStatus.REJECTED;
            case REQUEST_CHANGES -> ApprovalStepStatus.CHANGES_REQUESTED;
        };
    }

    ApprovalStepView toView() {
        return new ApprovalStepView(stepOrder, name, kind, mode, Set.copyOf(userIds), roleName, ownerIds, status,
                                    decisions);
    }
}

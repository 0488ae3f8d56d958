package com.vivanta.ops.command.invoice;

import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The invoice's current approval flow: its steps in order, who approved each, and which step is
 * current. State only; the Invoice aggregate decides and changes it from its events.
 */
final class ApprovalFlow {

    private final UUID flowId;
    private final List<ApprovalStepPlan> steps;
    private final List<Set<String>> approvals = new ArrayList<>();
    private int current;

    ApprovalFlow(UUID flowId, List<ApprovalStepPlan> steps) {
        this.flowId = flowId;
        this.steps = new ArrayList<>(steps);
        steps.forEach(step -> approvals.add(new HashSet<>()));
    }

    UUID flowId() {
        return flowId;
    }

    /** 1-based, as the API numbers steps. */
    int currentStepOrder() {
        return current + 1;
    }

    ApprovalStepPlan currentStep() {
        return steps.get(current);
    }

    boolean isLastStep() {
        return current == steps.size() - 1;
    }

    boolean approvedCurrentStep(String actor) {
        return approvals.get(current).contains(actor);
    }

    /** Whether the actor approved any step of this flow: nobody approves two steps of one flow. */
    boolean approvedAnyStep(String actor) {
        return approvals.stream().anyMatch(approvers -> approvers.contains(actor));
    }

    /** Whether the actor's approval completes the current step: any one for ANY, the last missing for ALL. */
    boolean completesCurrentStep(String actor) {
        ApprovalStepPlan step = currentStep();
        if (step.mode() == ApprovalMode.ANY) {
            return true;
        }
        Set<String> after = new HashSet<>(approvals.get(current));
        after.add(actor);
        return step.userIds().stream().map(UUID::toString).allMatch(after::contains);
    }

    /** An approval of the current step; {@code approver} is null for an owner's answer recorded by staff. */
    void approved(String approver, boolean stepCompleted) {
        if (approver != null) {
            approvals.get(current).add(approver);
        }
        if (stepCompleted && !isLastStep()) {
            current++;
        }
    }

    void reassigned(ApprovalStepPlan step) {
        steps.set(current, step);
    }
}

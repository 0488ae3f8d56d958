package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.workflow.WorkflowRunStatus;
import com.vivanta.ops.api.workflow.WorkflowTargetType;
import com.vivanta.ops.api.workorder.WorkOrderStatus;

/**
 * How a run's status follows its entity's status. WAITING means the entity waits for someone outside the
 * team moving it along: an owner's answer, a reviewer's or an approver's decision, a closure after the work
 * was resolved, or the reason it was put on hold. A finished entity that can be reopened (a RESOLVED case
 * is still WAITING, a COMPLETED work order) runs again when it is.
 */
final class RunStatusRules {

    private RunStatusRules() {
    }

    static WorkflowRunStatus of(WorkflowTargetType target, String entityStatus) {
        return switch (target) {
            case CASE -> ofCase(CaseStatus.valueOf(entityStatus));
            case WORK_ORDER -> ofWorkOrder(WorkOrderStatus.valueOf(entityStatus));
            case INVOICE -> ofInvoice(InvoiceStatus.valueOf(entityStatus));
        };
    }

    private static WorkflowRunStatus ofCase(CaseStatus status) {
        return switch (status) {
            case OPEN, IN_PROGRESS -> WorkflowRunStatus.RUNNING;
            // RESOLVED waits for someone to confirm and close it, or to reopen it.
            case WAITING, RESOLVED -> WorkflowRunStatus.WAITING;
            case CLOSED -> WorkflowRunStatus.COMPLETED;
            case CANCELLED -> WorkflowRunStatus.CANCELLED;
        };
    }

    private static WorkflowRunStatus ofWorkOrder(WorkOrderStatus status) {
        return switch (status) {
            case OPEN, ASSIGNED, ACCEPTED, SCHEDULED, IN_PROGRESS -> WorkflowRunStatus.RUNNING;
            case AWAITING_OWNER_APPROVAL, ON_HOLD -> WorkflowRunStatus.WAITING;
            case COMPLETED -> WorkflowRunStatus.COMPLETED;
            case CANCELLED -> WorkflowRunStatus.CANCELLED;
        };
    }

    private static WorkflowRunStatus ofInvoice(InvoiceStatus status) {
        return switch (status) {
            case DRAFT, CHANGES_REQUESTED, APPROVED -> WorkflowRunStatus.RUNNING;
            case PENDING_REVIEW, PENDING_APPROVAL -> WorkflowRunStatus.WAITING;
            // A rejection is a decision, not a failure: the run is over, with REJECTED as its outcome.
            case EXPORTED, REJECTED -> WorkflowRunStatus.COMPLETED;
        };
    }
}

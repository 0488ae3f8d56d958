package com.vivanta.ops.api.approval;

/** One step of a flow. Steps are decided in order; only the first WAITING step is PENDING. */
public enum ApprovalStepStatus {
    /** A later step, not yet reached. */
    WAITING,
    /** The step approvers can decide now. */
    PENDING,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED,
    /** Never decided, because the flow ended at an earlier step. */
    NOT_REACHED
}

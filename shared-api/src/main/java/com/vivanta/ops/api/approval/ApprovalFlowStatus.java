package com.vivanta.ops.api.approval;

/** An invoice's approval flow. Every status but PENDING is final; a resubmission starts a new flow. */
public enum ApprovalFlowStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED
}

package com.vivanta.ops.api.approval;

/** What an approver decides on a step. REJECT and REQUEST_CHANGES end the flow at once. */
public enum ApprovalDecision {
    APPROVE,
    REJECT,
    REQUEST_CHANGES
}

package com.vivanta.ops.api.workorder;

/** Whether a work order's cost needs the owner's consent, and what the owner said. */
public enum OwnerApprovalStatus {
    /** The not-to-exceed is within every owner's approval limit (or no owner has one). */
    NOT_REQUIRED,
    /** The owner has been asked and has not answered yet. */
    PENDING,
    APPROVED,
    DECLINED
}

package com.vivanta.ops.api.workorder;

/**
 * Where a work order stands. COMPLETED and CANCELLED end it (a completed one may be reopened);
 * AWAITING_OWNER_APPROVAL holds it until the owner decides on its cost.
 */
public enum WorkOrderStatus {
    OPEN,
    AWAITING_OWNER_APPROVAL,
    ASSIGNED,
    ACCEPTED,
    SCHEDULED,
    IN_PROGRESS,
    ON_HOLD,
    COMPLETED,
    CANCELLED;

    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED;
    }
}

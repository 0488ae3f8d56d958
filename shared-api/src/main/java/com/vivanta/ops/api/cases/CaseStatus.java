package com.vivanta.ops.api.cases;

/** Where a maintenance case stands. CLOSED and CANCELLED are terminal. */
public enum CaseStatus {
    OPEN,
    IN_PROGRESS,
    WAITING,
    RESOLVED,
    CLOSED,
    CANCELLED;

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }
}

package com.vivanta.ops.api.task;

/** Where a task stands. DONE and CANCELLED are terminal; the other three are "open". */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    BLOCKED,
    DONE,
    CANCELLED;

    public boolean isTerminal() {
        return this == DONE || this == CANCELLED;
    }
}

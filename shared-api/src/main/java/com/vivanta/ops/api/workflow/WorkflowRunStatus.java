package com.vivanta.ops.api.workflow;

/**
 * Where a run stands; it follows its entity's state (see docs/api.md, "Workflow timeline"): RUNNING while
 * the organization moves it along, WAITING while it waits for someone outside the team in charge (an owner,
 * an approver), COMPLETED at its successful end, CANCELLED when called off, and FAILED while its latest
 * automated step (an AI run) has failed and not been retried.
 */
public enum WorkflowRunStatus {
    RUNNING,
    WAITING,
    COMPLETED,
    FAILED,
    CANCELLED;

    /** COMPLETED and CANCELLED runs are over; a failed automated step no longer decides their status. */
    public boolean isFinished() {
        return this == COMPLETED || this == CANCELLED;
    }
}

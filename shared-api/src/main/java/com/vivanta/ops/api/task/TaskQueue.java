package com.vivanta.ops.api.task;

/** The task queues people work from; both hold only open tasks (not DONE or CANCELLED). */
public enum TaskQueue {
    /** Open tasks assigned to the caller. */
    MY_WORK,
    /** Open tasks of a {@link ReviewTaskType review type}, whoever holds them. */
    REVIEW
}

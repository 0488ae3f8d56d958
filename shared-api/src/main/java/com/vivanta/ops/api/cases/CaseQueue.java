package com.vivanta.ops.api.cases;

/** The work queues operators pick cases from. */
public enum CaseQueue {
    /** Cases nobody has finished: OPEN or IN_PROGRESS. */
    OPEN,
    /** Cases still being worked (OPEN, IN_PROGRESS, WAITING) that are HIGH or URGENT, or past their due time. */
    ESCALATED,
    /** Cases waiting on someone outside the team. */
    WAITING
}

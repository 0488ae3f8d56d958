package com.vivanta.ops.api.workorder;

/** The work-order queues operators work from. */
public enum WorkOrderQueue {
    /** Not completed or cancelled, and past its SLA due time. */
    OVERDUE,
    /** Waiting for an owner's decision on its cost (including emergency work that went ahead). */
    AWAITING_OWNER
}

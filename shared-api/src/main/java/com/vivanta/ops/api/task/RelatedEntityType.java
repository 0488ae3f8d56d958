package com.vivanta.ops.api.task;

/** The kinds of entity a task can be about. */
public enum RelatedEntityType {
    CASE,
    WORK_ORDER,
    INVOICE,
    PROPERTY
}

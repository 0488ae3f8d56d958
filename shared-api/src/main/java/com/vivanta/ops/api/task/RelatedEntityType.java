package com.vivanta.ops.api.task;

/**
 * The kinds of entity a task can be about. INVOICE is part of the contract already, but invoices do not
 * exist yet: a task cannot relate to one until they arrive.
 */
public enum RelatedEntityType {
    CASE,
    WORK_ORDER,
    INVOICE,
    PROPERTY
}

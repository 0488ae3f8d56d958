package com.vivanta.ops.api.workflow;

/**
 * The kinds of workflow run the timeline keeps: one run per entity, for its whole life. The seed's names
 * ({@code case_lifecycle}, {@code work_order}, {@code invoice_processing}) are accepted as filters, since
 * enum values are read in any case.
 */
public enum WorkflowType {
    CASE_LIFECYCLE,
    WORK_ORDER,
    INVOICE_PROCESSING
}

package com.vivanta.ops.api.workflow;

/**
 * A timeline entry records a fact (COMPLETED). An automated step's entries, an AI run's start and each
 * retry of it, are RUNNING until the run answers and then take its outcome: COMPLETED or FAILED.
 */
public enum WorkflowEntryStatus {
    COMPLETED,
    RUNNING,
    FAILED
}

package com.vivanta.ops.api.workflow;

import java.util.List;

/** A run with all its entries, oldest first. */
public record WorkflowTimeline(WorkflowRunView run, List<WorkflowEntryView> entries) {

    public WorkflowTimeline {
        entries = List.copyOf(entries);
    }
}

package com.vivanta.ops.api.workflow;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of workflow runs. */
public record WorkflowRunPage(List<WorkflowRunView> items, long total, int limit, int offset)
        implements Page<WorkflowRunView> {

    public WorkflowRunPage {
        items = List.copyOf(items);
    }
}

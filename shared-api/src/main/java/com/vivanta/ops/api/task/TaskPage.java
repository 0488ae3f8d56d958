package com.vivanta.ops.api.task;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of tasks. */
public record TaskPage(List<TaskView> items, long total, int limit, int offset) implements Page<TaskView> {

    public TaskPage {
        items = List.copyOf(items);
    }
}

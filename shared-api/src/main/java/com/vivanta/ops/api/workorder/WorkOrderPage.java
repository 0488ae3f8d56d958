package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of work orders. */
public record WorkOrderPage(List<WorkOrderView> items, long total, int limit, int offset)
        implements Page<WorkOrderView> {

    public WorkOrderPage {
        items = List.copyOf(items);
    }
}

package com.vivanta.ops.api.approval;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of approval flows. */
public record ApprovalFlowPage(List<ApprovalFlowView> items, long total, int limit, int offset)
        implements Page<ApprovalFlowView> {

    public ApprovalFlowPage {
        items = List.copyOf(items);
    }
}

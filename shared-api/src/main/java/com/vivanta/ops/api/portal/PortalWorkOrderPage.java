package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of the owner portal's work orders. */
public record PortalWorkOrderPage(List<PortalWorkOrderView> items, long total, int limit, int offset)
        implements Page<PortalWorkOrderView> {

    public PortalWorkOrderPage {
        items = List.copyOf(items);
    }
}

package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of the owner portal's cases. */
public record PortalCasePage(List<PortalCaseView> items, long total, int limit, int offset)
        implements Page<PortalCaseView> {

    public PortalCasePage {
        items = List.copyOf(items);
    }
}

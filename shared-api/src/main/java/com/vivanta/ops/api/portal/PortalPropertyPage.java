package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of the owner portal's properties. */
public record PortalPropertyPage(List<PortalPropertyView> items, long total, int limit, int offset)
        implements Page<PortalPropertyView> {

    public PortalPropertyPage {
        items = List.copyOf(items);
    }
}

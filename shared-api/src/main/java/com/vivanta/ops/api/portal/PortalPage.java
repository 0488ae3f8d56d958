package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of one of the owner portal's views. */
public record PortalPage<T>(List<T> items, long total, int limit, int offset) implements Page<T> {

    public PortalPage {
        items = List.copyOf(items);
    }
}

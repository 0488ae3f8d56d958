package com.vivanta.ops.api.vendors;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of vendors. */
public record VendorPage(List<VendorView> items, long total, int limit, int offset) implements Page<VendorView> {

    public VendorPage {
        items = List.copyOf(items);
    }
}

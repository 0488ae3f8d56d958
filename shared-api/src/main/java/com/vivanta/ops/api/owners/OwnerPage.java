package com.vivanta.ops.api.owners;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of owners. */
public record OwnerPage(List<OwnerView> items, long total, int limit, int offset) implements Page<OwnerView> {

    public OwnerPage {
        items = List.copyOf(items);
    }
}

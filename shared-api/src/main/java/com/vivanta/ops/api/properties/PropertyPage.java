package com.vivanta.ops.api.properties;

import com.vivanta.ops.api.common.Page;
import java.util.List;

public record PropertyPage(List<PropertyView> items, long total, int limit, int offset) implements Page<PropertyView> {

    public PropertyPage {
        items = List.copyOf(items);
    }
}

package com.vivanta.ops.api.properties;

import com.vivanta.ops.api.common.Page;
import java.util.List;

public record UnitPage(List<UnitView> items, long total, int limit, int offset) implements Page<UnitView> {

    public UnitPage {
        items = List.copyOf(items);
    }
}

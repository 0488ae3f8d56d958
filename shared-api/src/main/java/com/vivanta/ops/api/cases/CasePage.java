package com.vivanta.ops.api.cases;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of cases. */
public record CasePage(List<CaseView> items, long total, int limit, int offset) implements Page<CaseView> {

    public CasePage {
        items = List.copyOf(items);
    }
}

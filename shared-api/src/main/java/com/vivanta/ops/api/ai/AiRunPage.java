package com.vivanta.ops.api.ai;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of AI runs. */
public record AiRunPage(List<AiRunView> items, long total, int limit, int offset) implements Page<AiRunView> {

    public AiRunPage {
        items = List.copyOf(items);
    }
}

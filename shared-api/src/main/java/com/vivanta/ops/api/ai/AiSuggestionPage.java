package com.vivanta.ops.api.ai;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of AI suggestions. */
public record AiSuggestionPage(List<AiSuggestionView> items, long total, int limit, int offset)
        implements Page<AiSuggestionView> {

    public AiSuggestionPage {
        items = List.copyOf(items);
    }
}

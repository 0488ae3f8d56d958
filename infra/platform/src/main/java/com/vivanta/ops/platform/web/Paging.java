package com.vivanta.ops.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The {@code limit} (1 to 100, default 25) and {@code offset} (default 0) query parameters of a list. */
public record Paging(@Min(1) @Max(100) Integer limit, @Min(0) Integer offset) {

    public static final int DEFAULT_LIMIT = 25;

    public int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }
}

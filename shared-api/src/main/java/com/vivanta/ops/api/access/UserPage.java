package com.vivanta.ops.api.access;

import com.vivanta.ops.api.common.Page;
import java.util.List;

public record UserPage(List<UserView> items, long total, int limit, int offset) implements Page<UserView> {

    public UserPage {
        items = List.copyOf(items);
    }
}

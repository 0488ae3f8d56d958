package com.vivanta.ops.command.common;

import java.util.Optional;

/**
 * The PATCH convention of commands and requests: a {@code null} Optional means "leave it", an empty one
 * means "clear it", a full one means "set it".
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public final class Patching {

    private Patching() {
    }

    /** The value after applying the requested change to the current one. */
    public static <T> T choose(Optional<T> requested, T current) {
        return requested == null ? current : requested.orElse(null);
    }

    /** For fields that cannot be cleared (validation refused an explicit null): the value, or "leave it". */
    public static <T> T changeOrNull(Optional<T> requested) {
        return choose(requested, null);
    }
}

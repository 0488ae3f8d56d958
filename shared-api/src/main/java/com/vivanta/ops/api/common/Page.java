package com.vivanta.ops.api.common;

import java.util.List;

/**
 * One page of a list query: the items, the total number of matches, and the window asked for.
 *
 * <p>Each list has its own record implementing this (e.g. {@code CasePage}): Axon matches query
 * handlers by their declared return class, and a generic {@code Page<CaseView>} would not match.
 */
public interface Page<T> {

    List<T> items();

    long total();

    int limit();

    int offset();
}

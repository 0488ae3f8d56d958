package com.vivanta.ops.api.common;

/**
 * A read-model view of one aggregate that knows the sequence number of the last event it reflects.
 * Command endpoints compare it with the event store to return a view that includes their own write.
 */
public interface Versioned {

    long version();
}

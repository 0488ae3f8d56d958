package com.vivanta.ops.query.common;

import java.time.Instant;

/** A read-model row that mirrors one aggregate and remembers the last of its events it reflects. */
public interface AggregateRow {

    /** Sequence number of the aggregate's last event this row reflects. */
    long version();

    /** Records that the event with this sequence number, stored at this time, is now reflected. */
    void reflect(long sequence, Instant at);
}

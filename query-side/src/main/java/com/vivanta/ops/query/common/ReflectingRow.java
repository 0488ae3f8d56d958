package com.vivanta.ops.query.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The usual {@link AggregateRow}: its {@code version} column holds the sequence number of the last event
 * reflected, its {@code updated_at} column that event's time.
 */
@MappedSuperclass
public abstract class ReflectingRow implements AggregateRow {

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(nullable = false)
    private long version;

    @Override
    public long version() {
        return version;
    }

    /** When the last event this row reflects was stored. */
    protected Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public void reflect(long sequence, Instant at) {
        this.version = sequence;
        this.updatedAt = at;
    }
}

package com.vivanta.ops.query.common;

import java.time.Instant;

/**
 * Instants as a {@code TIMESTAMPTZ} column keeps them: PostgreSQL stores microseconds and rounds the rest.
 * A row that takes an instant of an event (which may carry nanoseconds, e.g. a due time computed from the
 * clock) through here shows the same value before it is stored as after, which the point-in-time history
 * relies on: its rows are never stored, yet must show what the read model shows.
 */
public final class StoredInstants {

    private static final int NANOS_PER_MICRO = 1_000;

    private StoredInstants() {
    }

    public static Instant stored(Instant instant) {
        if (instant == null) {
            return null;
        }
        long micros = Math.round(instant.getNano() / (double) NANOS_PER_MICRO);
        return Instant.ofEpochSecond(instant.getEpochSecond(), micros * NANOS_PER_MICRO);
    }
}

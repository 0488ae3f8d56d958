package com.vivanta.ops.platform.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The instants and dates the API accepts: four-digit years (0001 to 9999). Java can represent far more
 * than PostgreSQL can store; refusing the rest at the edge keeps such values out of events and read
 * models.
 */
public final class PlausibleInstants {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    static final String REASON = "must be an ISO-8601 instant between years 0001 and 9999";
    static final String DATE_REASON = "must be an ISO-8601 date (YYYY-MM-DD) between years 0001 and 9999";

    private PlausibleInstants() {
    }

    public static boolean accepts(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static boolean accepts(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }
}

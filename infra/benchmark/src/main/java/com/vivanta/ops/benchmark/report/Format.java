package com.vivanta.ops.benchmark.report;

import java.util.Locale;

/** Numbers as the report prints them: fixed decimals, a dash for what was not measured. */
final class Format {

    static final String NONE = "–";

    private Format() {
    }

    static String decimal(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? NONE
                : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Milliseconds: two decimals below 10 ms (raw commits take fractions of one), one above. */
    static String millis(double value) {
        return decimal(value, Math.abs(value) < 10 ? 2 : 1);
    }

    /** Per request, in milliseconds, from seconds. */
    static String millisPerRequest(double seconds, long requests) {
        return requests == 0 ? NONE : millis(seconds * 1000 / requests);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? NONE : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    static String clients(int clients) {
        return clients + (clients == 1 ? " client" : " clients");
    }
}

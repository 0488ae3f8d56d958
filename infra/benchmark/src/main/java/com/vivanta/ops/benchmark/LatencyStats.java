package com.vivanta.ops.benchmark;

import java.util.Arrays;

/**
 * Latency percentiles of one run, in milliseconds, by the nearest-rank method on the sorted samples
 * (every figure is a latency that really occurred). All figures are NaN when there were no samples.
 */
record LatencyStats(double p50, double p95, double p99, double max) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    static LatencyStats of(long[] latenciesNanos) {
        if (latenciesNanos.length == 0) {
            return new LatencyStats(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(percentile(sorted, 50), percentile(sorted, 95),
                                percentile(sorted, 99), sorted[sorted.length - 1] / NANOS_PER_MILLI);
    }

    private static double percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / NANOS_PER_MILLI;
    }
}

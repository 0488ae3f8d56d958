package com.vivanta.ops.benchmark.results;

/** Latency percentiles of a set of answers, in milliseconds; NaN when there were none. */
public record Latency(long count, double p50, double p95, double p99, double max, double mean) {

    public static final Latency NONE = new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}

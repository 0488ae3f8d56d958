package com.vivanta.ops.benchmark;

import java.time.Duration;
import java.util.Map;

/**
 * What one load level measured.
 *
 * @param succeeded operations that succeeded within the measured period
 * @param failures  failed operations by kind (e.g. {@code HTTP 500}); their latencies are not in {@code latency}
 * @param elapsed   from the start of the measured period until its last counted operation finished
 * @param latency   latencies of the successful operations
 */
record LoadResult(long succeeded, Map<String, Long> failures, Duration elapsed, LatencyStats latency) {

    long errors() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Successful operations per second. */
    double throughput() {
        return succeeded / (elapsed.toNanos() / 1e9);
    }
}

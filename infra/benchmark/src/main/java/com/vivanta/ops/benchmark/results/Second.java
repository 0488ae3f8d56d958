package com.vivanta.ops.benchmark.results;

/**
 * One second of a level's timeline, by completion time; second 0 starts the counted window, negative seconds
 * are the warm-up. {@code lagged} are 202 answers, {@code notSent} writes that could not be sent. Latencies in
 * milliseconds (NaN: no answer of that kind in the second).
 */
public record Second(int second, long requests, long errors, long lagged, long notSent, double p50, double p99,
                     double readP99, double writeP99) {
}

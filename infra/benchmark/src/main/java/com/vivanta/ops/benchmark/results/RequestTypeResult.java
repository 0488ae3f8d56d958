package com.vivanta.ops.benchmark.results;

import java.util.Map;

/**
 * One request type of a level, over the counted window.
 *
 * @param kind      {@code read} or {@code write}
 * @param requests  answered (or lost on the socket) requests
 * @param succeeded 2xx answers other than 202
 * @param lagged    202 answers: the change was made but the read model did not show it within the app's 5 s
 * @param notSent   writes that could not be sent because the entity they act on was never created
 * @param errors    other answers by status code ({@code socket}: no answer)
 * @param latency   over succeeded and lagged answers
 */
public record RequestTypeResult(String kind, String route, long requests, long succeeded, long lagged, long notSent,
                                Map<String, Long> errors, Latency latency) {

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}

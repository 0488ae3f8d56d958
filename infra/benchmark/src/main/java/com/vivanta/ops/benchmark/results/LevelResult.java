package com.vivanta.ops.benchmark.results;

import java.util.List;
import java.util.Map;

/**
 * One scenario at one number of clients: the counted window's figures, with its warm-up's timeline.
 *
 * @param throughput succeeded requests per second of the counted window
 * @param latency    all request types together (succeeded and lagged answers)
 * @param rawOutput  the load generator's own output, relative to the report directory
 */
public record LevelResult(String scenario, int clients, double warmupSeconds, double measuredSeconds, long requests,
                          long succeeded, long lagged, long errors, long notSent, double throughput, Latency latency,
                          Latency reads, Latency writes, Map<String, RequestTypeResult> types, Resources resources,
                          Consistency consistency, List<Second> timeline, String rawOutput) {

    public double perRequest(double total) {
        return requests == 0 ? Double.NaN : total / requests;
    }
}

package com.vivanta.ops.benchmark.results;

import java.util.List;

/**
 * Projection lag under a paced open-case load.
 *
 * @param peakOpenCaseRate the best open-case throughput measured before, requests per second
 * @param targetRate       the pace asked for (a fraction of the peak)
 * @param load             the paced load itself
 */
public record LagResult(double peakOpenCaseRate, double targetRate, LevelResult load, List<LagProbeResult> probes) {

    /**
     * @param events   events in the window that this read model should show
     * @param missing  of those, events without their row after the wait for the projections to catch up
     * @param lag      commit of the read-model row minus commit of the event, in milliseconds
     * @param timeline per second of the events' commits: {@code requests} is the number of events
     */
    public record LagProbeResult(String name, String description, long events, long missing, Latency lag,
                                 List<Second> timeline) {
    }
}

package com.vivanta.ops.benchmark.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What the rebuild scenario (com.vivanta.ops.benchmark.rebuild.RebuildScenario) writes, as the report reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RebuildResult(long eventsInStore, long generatedEvents, double generationSeconds, List<Projection> projections) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Projection(String name, long events, double seconds, double eventsPerSecond, double heapAfterGcBeforeMb,
                      double heapAfterGcAfterMb, double peakHeapMb, long deadLetters, long rowsAfter) {
    }
}

package com.vivanta.ops.benchmark.results;

import java.util.List;
import java.util.Map;

/**
 * Everything one run of the harness measured, as written to results.json and rendered by the report.
 *
 * @param machine    CPU, memory, kernel, Java, date, git commit: label to value, in report order
 * @param postgresql the server's version and the settings that decide what a commit costs
 * @param settings   the harness's own settings (durations, client levels, portfolio, ...)
 * @param portfolio  what was seeded (the seeder's summary)
 * @param heapMb     the app's heap after a full GC, in MB, by the point of the run it was taken at
 * @param notes      scenarios skipped and why, and other remarks for the report
 */
public record BenchmarkResults(Map<String, String> machine, Map<String, String> postgresql,
                               Map<String, String> settings, Map<String, Object> portfolio, List<LevelResult> levels,
                               Map<String, Double> heapMb, LagResult lag, List<String> notes) {
}

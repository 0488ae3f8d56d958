package com.vivanta.ops.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The Markdown for the open-case section: machine, settings, and one table row per concurrency level. */
final class OpenCaseReport {

    /** The figures of one concurrency level; the raw PostgreSQL run is absent with {@code --skip-raw}. */
    record Level(int clients, LoadResult openCase, Optional<LoadResult> rawInsert) {
    }

    private static final String NOT_MEASURED = "–";

    private OpenCaseReport() {
    }

    static String render(MachineInfo machine, BenchmarkOptions options, List<Level> levels) {
        StringBuilder out = new StringBuilder();
        out.append("## Opening cases: throughput and latency\n\n");
        out.append("Measured by `infra/benchmark` against a running app; see `infra/benchmark/run.sh`.\n\n");

        out.append("### Machine\n\n| | |\n|---|---|\n");
        machine.rows().forEach((label, value) -> out.append("| ").append(label).append(" | ")
                .append(value).append(" |\n"));

        out.append("\n### Settings\n\n| | |\n|---|---|\n");
        out.append("| Duration per level | ").append(Durations.format(options.duration()))
                .append(", after an uncounted warm-up of ").append(Durations.format(options.warmup())).append(" |\n");
        out.append("| Base URL | ").append(options.baseUrl()).append(" |\n");
        out.append("| JDBC URL | ").append(options.skipRaw() ? "not used (`--skip-raw`)" : options.dbUrlForDisplay())
                .append(" |\n");

        out.append("""

                ### Results

                Every client sends its next request as soon as the previous one was answered. **Open case** is \
                `POST /api/v1/cases`; it answers once the case is in the read model, so its latency includes \
                the projection. Only 201 answers count as successes. **Raw PG** is the ceiling beside it: each \
                client has its own JDBC connection and commits one ~200-byte row per transaction into a logged \
                table of the same database, under the durability settings shown above. Latencies are in milliseconds, \
                over successful operations only.

                | clients | open-case req/s | p50 | p95 | p99 | max | errors | raw PG tx/s | p50 | p95 | p99 |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (Level level : levels) {
            LatencyStats http = level.openCase().latency();
            out.append("| ").append(level.clients())
                    .append(" | ").append(rate(level.openCase()))
                    .append(" | ").append(millis(http.p50()))
                    .append(" | ").append(millis(http.p95()))
                    .append(" | ").append(millis(http.p99()))
                    .append(" | ").append(millis(http.max()))
                    .append(" | ").append(level.openCase().errors())
                    .append(" | ").append(level.rawInsert().map(OpenCaseReport::rate).orElse(NOT_MEASURED))
                    .append(" | ").append(rawMillis(level, LatencyStats::p50))
                    .append(" | ").append(rawMillis(level, LatencyStats::p95))
                    .append(" | ").append(rawMillis(level, LatencyStats::p99))
                    .append(" |\n");
        }

        out.append("\nCounted operations per level:\n\n");
        for (Level level : levels) {
            out.append("- ").append(level.clients()).append(level.clients() == 1 ? " client: " : " clients: ")
                    .append(level.openCase().succeeded()).append(" cases opened")
                    .append(failures(level.openCase()));
            level.rawInsert().ifPresent(raw -> out.append("; ").append(raw.succeeded()).append(" raw transactions")
                    .append(failures(raw)));
            out.append('\n');
        }
        return out.toString();
    }

    private static String rawMillis(Level level, ToDoubleFunction<LatencyStats> percentile) {
        return level.rawInsert().map(raw -> millis(percentile.applyAsDouble(raw.latency()))).orElse(NOT_MEASURED);
    }

    private static String rate(LoadResult result) {
        return String.format(Locale.ROOT, "%.1f", result.throughput());
    }

    /** Two decimals: raw PostgreSQL commits take about a millisecond. */
    private static String millis(double value) {
        return Double.isNaN(value) ? NOT_MEASURED : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String failures(LoadResult result) {
        Map<String, Long> failures = result.failures();
        if (failures.isEmpty()) {
            return "";
        }
        return failures.entrySet().stream()
                .map(failure -> failure.getValue() + " × " + failure.getKey())
                .collect(Collectors.joining(", ", " (failed: ", ")"));
    }
}

package com.vivanta.ops.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Entry point: measures opening cases through the API of an already running app at each concurrency level,
 * then the raw PostgreSQL insert ceiling on the same database at the same levels, and writes the figures into
 * the {@code open-case} section of a Markdown file. Progress goes to stderr, the report to stdout.
 */
public final class Benchmark {

    private static final String SECTION = "open-case";
    private static final String HEADING_OF_NEW_FILE = "# Performance";
    private static final PrintStream PROGRESS = System.err;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (BenchmarkOptions.wantsHelp(args)) {
            System.out.print(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + " (--help lists the options)");
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (BenchmarkException e) {
            System.err.println("Benchmark failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(BenchmarkOptions options) throws Exception {
        MarkdownSection section = new MarkdownSection(SECTION);
        section.checkCanWriteInto(options.output());
        // Both targets are checked before any load, so a wrong password or a missing database fails at once.
        OpenCaseLoad openCase = OpenCaseLoad.signIn(options.baseUrl(), options.email(), options.password());
        PROGRESS.println("Signed in to " + options.baseUrl() + " as " + options.email());
        List<LoadResult> openCaseResults = new ArrayList<>();
        List<Optional<LoadResult>> rawResults = new ArrayList<>();
        MachineInfo machine;
        // A null resource is allowed and simply not closed: that is the --skip-raw case.
        try (RawInsertLoad raw = options.skipRaw() ? null
                : RawInsertLoad.prepare(options.dbUrl(), options.dbUser(), options.dbPassword())) {
            machine = MachineInfo.detect(raw == null ? "not queried (--skip-raw)" : raw.describeServer());
            for (int clients : options.clientLevels()) {
                openCaseResults.add(measure("open case", clients, options, openCase::openClient));
            }
            // After all API levels, so the app's background work cannot compete with the raw inserts.
            for (int clients : options.clientLevels()) {
                if (raw == null) {
                    rawResults.add(Optional.empty());
                    continue;
                }
                raw.truncate();
                rawResults.add(Optional.of(measure("raw PG insert", clients, options, raw::openClient)));
            }
        }

        List<OpenCaseReport.Level> levels = new ArrayList<>();
        for (int i = 0; i < options.clientLevels().size(); i++) {
            levels.add(new OpenCaseReport.Level(options.clientLevels().get(i), openCaseResults.get(i),
                                                rawResults.get(i)));
        }
        String report = OpenCaseReport.render(machine, options, levels);
        System.out.println(report);
        section.writeInto(options.output(), report, HEADING_OF_NEW_FILE);
        PROGRESS.println("Wrote section '" + SECTION + "' of " + options.output().toAbsolutePath());
    }

    private static LoadResult measure(String what, int clients, BenchmarkOptions options,
                                      LoadRun.ClientFactory factory) throws Exception {
        PROGRESS.printf("%s, %d client(s): warm-up %s, then measuring %s...%n", what, clients,
                        Durations.format(options.warmup()), Durations.format(options.duration()));
        LoadResult result = LoadRun.run(clients, options.warmup(), options.duration(), factory);
        LatencyStats latency = result.latency();
        PROGRESS.printf(Locale.ROOT, "  %d ok, %d failed%s, %.1f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                                     + " max %.2f ms%n",
                        result.succeeded(), result.errors(), result.failures().isEmpty() ? "" : " " + result.failures(),
                        result.throughput(), latency.p50(), latency.p95(), latency.p99(), latency.max());
        if (result.succeeded() == 0) {
            // Nothing to report but failures: better no figures in the document than misleading ones.
            throw new BenchmarkException(what + " with " + clients + " client(s) never succeeded; failures: "
                                         + result.failures());
        }
        return result;
    }
}

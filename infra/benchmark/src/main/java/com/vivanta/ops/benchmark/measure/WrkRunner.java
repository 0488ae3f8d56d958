package com.vivanta.ops.benchmark.measure;

import com.vivanta.ops.benchmark.BenchmarkException;
import com.vivanta.ops.benchmark.results.LevelResult;
import com.vivanta.ops.benchmark.results.RequestTypeResult;
import com.vivanta.ops.benchmark.results.Resources;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Runs one scenario script at one number of clients with wrk: one connection per thread, a warm-up, then the
 * counted window. The harness reads the app's and the database's counters exactly at the window's ends
 * (bench.lua counts requests that start inside it, on the same monotonic clock), waits until every thread has
 * had its last counted request answered and written its figures, then stops wrk.
 */
final class WrkRunner {

    /** What the scenario scripts need beyond the window. */
    record Level(String scenario, String script, int clients, Duration warmup, Duration duration,
                 Map<String, String> environment) {
    }

    /** Called at the counted window's ends, for measurements beside the counters (the event store's position). */
    interface WindowObserver {
        void opened();

        void closed();

        WindowObserver NONE = new WindowObserver() {
            @Override
            public void opened() {
            }

            @Override
            public void closed() {
            }
        };
    }

    record Outcome(LevelResult result, WrkThreadFiles files) {
    }

    /** wrk's threads and Lua states need a moment before the first request goes out. */
    private static final Duration START_LEAD = Duration.ofMillis(500);
    /** How long a thread may take to have its last counted request answered after the window closed. */
    private static final Duration LAST_ANSWER_GRACE = Duration.ofSeconds(60);
    private static final String REQUEST_TIMEOUT = "60s";

    private final URI baseUrl;
    private final Path luaDirectory;
    private final Path seedFile;
    private final Path rawDirectory;
    private final ResourceMeter meter;
    private final PrintStream progress;
    private int runIndex;

    WrkRunner(URI baseUrl, Path luaDirectory, Path seedFile, Path rawDirectory, ResourceMeter meter,
              PrintStream progress) {
        this.baseUrl = baseUrl;
        this.luaDirectory = luaDirectory;
        this.seedFile = seedFile;
        this.rawDirectory = rawDirectory;
        this.meter = meter;
        this.progress = progress;
    }

    Outcome run(Level level, WindowObserver observer) throws IOException, InterruptedException {
        String name = level.scenario() + "-" + level.clients() + "c";
        Path threadDirectory = rawDirectory.resolve(name);
        deleteRecursively(threadDirectory);
        Files.createDirectories(threadDirectory);
        Path output = rawDirectory.resolve(name + ".wrk.txt");

        long windowStart = System.nanoTime() + START_LEAD.toNanos() + level.warmup().toNanos();
        long windowEnd = windowStart + level.duration().toNanos();
        long wrkSeconds = (windowEnd - System.nanoTime() + LAST_ANSWER_GRACE.toNanos()) / 1_000_000_000L + 1;
        ProcessBuilder builder = new ProcessBuilder(
                "wrk", "-t" + level.clients(), "-c" + level.clients(), "-d" + wrkSeconds + "s",
                "--timeout", REQUEST_TIMEOUT, "--latency", "-s",
                luaDirectory.resolve(level.script() + ".lua").toString(), baseUrl.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("LUA_PATH", luaDirectory.toAbsolutePath() + "/?.lua;;");
        environment.put("BENCH_SEED", seedFile.toAbsolutePath().toString());
        environment.put("BENCH_OUT_DIR", threadDirectory.toAbsolutePath().toString());
        environment.put("BENCH_THREADS", Integer.toString(level.clients()));
        environment.put("BENCH_RUN_INDEX", Integer.toString(runIndex++));
        // System.nanoTime() reads CLOCK_MONOTONIC on Linux, as bench.lua does.
        environment.put("BENCH_MEASURE_START_US", Long.toString(windowStart / 1000));
        environment.put("BENCH_MEASURE_END_US", Long.toString(windowEnd / 1000));
        environment.putAll(level.environment());

        progress.printf("  %s, %d client(s): warm-up %.1f s, then %.0f s counted%n", level.scenario(), level.clients(),
                        (windowStart - System.nanoTime()) / 1e9, level.duration().toMillis() / 1e3);
        Process wrk = builder.start();
        try {
            sleepUntil(windowStart);
            ResourceMeter.Sample start = meter.sample(wrk.pid());
            observer.opened();
            sleepUntil(windowEnd);
            ResourceMeter.Sample end = meter.sample(wrk.pid());
            observer.closed();
            awaitThreadFiles(wrk, threadDirectory, level.clients(), output);
            stop(wrk, output);
            WrkThreadFiles files = WrkThreadFiles.read(threadDirectory, level.clients());
            return new Outcome(result(level, files, ResourceMeter.between(start, end),
                                      rawDirectory.getParent().relativize(output).toString()), files);
        } finally {
            wrk.destroyForcibly();
        }
    }

    private static LevelResult result(Level level, WrkThreadFiles files, Resources resources, String rawOutput) {
        Map<String, RequestTypeResult> types = files.types();
        long requests = sum(types, RequestTypeResult::requests);
        long succeeded = sum(types, RequestTypeResult::succeeded);
        double seconds = level.duration().toNanos() / 1e9;
        return new LevelResult(level.scenario(), level.clients(), level.warmup().toNanos() / 1e9, seconds, requests,
                               succeeded, sum(types, RequestTypeResult::lagged), sum(types, RequestTypeResult::errorCount),
                               sum(types, RequestTypeResult::notSent), succeeded / seconds, files.latency(null),
                               files.latency("read"), files.latency("write"), types, resources, files.consistency(),
                               files.timeline(), rawOutput);
    }

    private static long sum(Map<String, RequestTypeResult> types, ToLongFunction<RequestTypeResult> field) {
        return types.values().stream().mapToLong(field).sum();
    }

    /** Every thread writes its file after its last counted answer; wrk's own end is only a safety net. */
    private static void awaitThreadFiles(Process wrk, Path directory, int threads, Path output)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LAST_ANSWER_GRACE.toNanos();
        while (true) {
            long written;
            try (Stream<Path> files = Files.list(directory)) {
                written = files.filter(file -> file.getFileName().toString().startsWith("thread-")).count();
            }
            if (written == threads) {
                return;
            }
            if (!wrk.isAlive() || System.nanoTime() > deadline) {
                throw new BenchmarkException("Only " + written + " of " + threads + " wrk threads finished their last"
                                             + " counted request within " + LAST_ANSWER_GRACE.toSeconds()
                                             + " s after the window; wrk said: " + tail(output));
            }
            Thread.sleep(100);
        }
    }

    /** SIGINT makes wrk print its summary and run the script's done(); SIGTERM would not. */
    private static void stop(Process wrk, Path output) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid())).inheritIO().start().waitFor();
        if (!wrk.waitFor(30, TimeUnit.SECONDS)) {
            throw new BenchmarkException("wrk did not stop within 30 s of SIGINT");
        }
        if (wrk.exitValue() != 0) {
            throw new BenchmarkException("wrk failed (exit " + wrk.exitValue() + "): " + tail(output));
        }
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long remaining = nanoTime - System.nanoTime();
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package com.vivanta.ops.benchmark.measure;

import com.vivanta.ops.benchmark.BenchmarkException;
import com.vivanta.ops.benchmark.results.Consistency;
import com.vivanta.ops.benchmark.results.Latency;
import com.vivanta.ops.benchmark.results.LevelResult;
import com.vivanta.ops.benchmark.results.RequestTypeResult;
import com.vivanta.ops.benchmark.results.Resources;
import com.vivanta.ops.benchmark.results.Second;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ceiling beside the app: how many single-row transactions the same PostgreSQL commits when nothing else
 * is in the way. pgbench runs a one-statement script, an INSERT of a ~200-byte row into a logged table, each
 * execution its own transaction, under the server's durability settings; one connection and one thread per
 * client, a warm-up run, then the counted run with every transaction's latency logged.
 */
final class PgBenchRunner {

    static final String SCENARIO = "raw-insert";
    private static final String TABLE = "benchmark_raw_insert";
    // About the size of a small event's JSON payload.
    private static final String PAYLOAD = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(6).substring(0, 200);
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final Database database;
    private final ResourceMeter meter;
    private final ProcessCpu cpu;
    private final Path rawDirectory;
    private final PrintStream progress;

    PgBenchRunner(Database database, ResourceMeter meter, ProcessCpu cpu, Path rawDirectory, PrintStream progress) {
        this.database = database;
        this.meter = meter;
        this.cpu = cpu;
        this.rawDirectory = rawDirectory;
        this.progress = progress;
    }

    /** Creates the table, runs every level on an emptied table, and drops the table again. */
    List<LevelResult> run(List<Integer> clientLevels, Duration warmup, Duration duration)
            throws IOException, InterruptedException {
        Path script = rawDirectory.resolve("raw-insert.sql");
        Files.writeString(script, "INSERT INTO " + TABLE + " (payload) VALUES ('" + PAYLOAD + "');\n");
        database.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id bigserial PRIMARY KEY, payload text NOT NULL, "
                         + "created_at timestamptz NOT NULL DEFAULT now())");
        try {
            List<LevelResult> results = new ArrayList<>();
            for (int clients : clientLevels) {
                database.execute("TRUNCATE " + TABLE);
                results.add(level(script, clients, warmup, duration));
            }
            return results;
        } finally {
            database.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    private LevelResult level(Path script, int clients, Duration warmup, Duration duration)
            throws IOException, InterruptedException {
        String name = SCENARIO + "-" + clients + "c";
        Path logDirectory = rawDirectory.resolve(name);
        WrkRunner.deleteRecursively(logDirectory);
        Files.createDirectories(logDirectory);
        Path output = rawDirectory.resolve(name + ".pgbench.txt");
        progress.printf("  %s, %d client(s): warm-up %d s, then %d s counted%n", SCENARIO, clients,
                        warmup.toSeconds(), duration.toSeconds());
        if (!warmup.isZero()) {
            pgbench(script, clients, warmup, null, output);
        }
        ResourceMeter.Sample start = meter.sample(0);
        double generatorBefore = cpu.reapedChildrenSeconds();
        long startedMillis = System.currentTimeMillis();
        String report = pgbench(script, clients, duration, logDirectory.resolve("tx"), output);
        // A backend reports its last commits as it exits, a moment after pgbench has gone.
        database.awaitNoSessionsOf("pgbench");
        ResourceMeter.Sample end = meter.sample(0);
        Resources resources = ResourceMeter.between(start, end, cpu.reapedChildrenSeconds() - generatorBefore);

        LatencyHistogram latency = new LatencyHistogram();
        TreeMap<Integer, LatencyHistogram> seconds = new TreeMap<>();
        try (Stream<Path> logs = Files.list(logDirectory)) {
            for (Path log : logs.toList()) {
                readTransactionLog(log, startedMillis, latency, seconds);
            }
        }
        long processed = number(PROCESSED, report, name);
        long failed = number(FAILED, report, name);
        if (processed != latency.count()) {
            throw new BenchmarkException(name + ": pgbench reports " + processed + " transactions, its logs hold "
                                         + latency.count());
        }
        List<Second> timeline = new ArrayList<>();
        seconds.forEach((second, histogram) -> timeline.add(new Second(
                second, histogram.count(), 0, 0, 0, histogram.percentileMillis(50), histogram.percentileMillis(99),
                Double.NaN, histogram.percentileMillis(99))));
        RequestTypeResult insert = new RequestTypeResult("write", "INSERT one row, one transaction", processed + failed,
                                                         processed, 0, 0, failed == 0 ? Map.of()
                                                                 : Map.of("failed", failed), latency.toLatency());
        double measuredSeconds = duration.toNanos() / 1e9;
        return new LevelResult(SCENARIO, clients, warmup.toNanos() / 1e9, measuredSeconds, processed + failed,
                               processed, 0, failed, 0, processed / measuredSeconds, insert.latency(),
                               Latency.NONE, insert.latency(),
                               Map.of("insert", insert), resources,
                               new Consistency(processed, latency.count(), 0, 0, 0), timeline,
                               rawDirectory.getParent().relativize(output).toString());
    }

    /** Runs pgbench, appending its output to the level's file; answers that output. */
    private String pgbench(Path script, int clients, Duration duration, Path logPrefix, Path output)
            throws IOException, InterruptedException {
        URI location = database.location();
        List<String> command = new ArrayList<>(List.of(
                "pgbench", "--no-vacuum", "--host=" + location.getHost(), "--port=" + location.getPort(),
                "--username=" + database.user(), "--client=" + clients, "--jobs=" + clients,
                "--time=" + Math.max(1, duration.toSeconds()), "--file=" + script));
        if (logPrefix != null) {
            command.addAll(List.of("--log", "--log-prefix=" + logPrefix));
        }
        command.add(database.databaseName());
        Process pgbench = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(pgbench.getInputStream().readAllBytes());
        int exit = pgbench.waitFor();
        Files.writeString(output, "$ " + String.join(" ", command) + "\n" + text + "\n", StandardOpenOption.CREATE,
                          StandardOpenOption.APPEND);
        if (exit != 0) {
            throw new BenchmarkException("pgbench failed (exit " + exit + "): " + text);
        }
        return text;
    }

    /**
     * One line per transaction: {@code client_id transaction_no time script_no time_epoch time_us}, where
     * {@code time} is the latency in microseconds and the last two fields say when it finished.
     */
    private static void readTransactionLog(Path log, long startedMillis, LatencyHistogram latency,
                                           Map<Integer, LatencyHistogram> seconds) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(log)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split(" ");
                long micros = Long.parseLong(fields[2]);
                long finishedMillis = Long.parseLong(fields[4]) * 1000 + Long.parseLong(fields[5]) / 1000;
                latency.addMicros(micros);
                seconds.computeIfAbsent((int) ((finishedMillis - startedMillis) / 1000), second -> new LatencyHistogram())
                       .addMicros(micros);
            }
        }
    }

    private static long number(Pattern pattern, String report, String level) {
        Matcher matcher = pattern.matcher(report);
        if (!matcher.find()) {
            throw new BenchmarkException(level + ": pgbench's report lacks '" + pattern.pattern() + "': " + report);
        }
        return Long.parseLong(matcher.group(1));
    }
}

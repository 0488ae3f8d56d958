package com.vivanta.ops.benchmark.measure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vivanta.ops.benchmark.Arguments;
import com.vivanta.ops.benchmark.BenchmarkException;
import com.vivanta.ops.benchmark.Durations;
import com.vivanta.ops.benchmark.MachineInfo;
import com.vivanta.ops.benchmark.results.BenchmarkResults;
import com.vivanta.ops.benchmark.results.LagResult;
import com.vivanta.ops.benchmark.results.LagResult.LagProbeResult;
import com.vivanta.ops.benchmark.results.LevelResult;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code measure} subcommand: runs the chosen scenarios against the running, seeded app, each at every
 * client level, and writes everything to results.json (after each scenario, so that a failure keeps what was
 * measured). Scenarios run in a fixed order: the raw PostgreSQL ceiling first, on a quiet server; then open
 * case, case detail, the operator's day, and the projection lag, whose pace follows from the open-case peak.
 * Before every level the harness waits until the app and its database have gone quiet, so that one level's
 * background work (projections, AI runs) is not billed to the next.
 */
public final class MeasureCommand {

    public static final List<String> SCENARIOS = List.of(PgBenchRunner.SCENARIO, "open-case", "case-detail",
                                                         "operators-day", "projection-lag");
    private static final String INVOICES_CREATED = "invoices_created";
    /** Below this much CPU per second (app and database together) the app counts as quiet. */
    private static final double QUIET_CPU_SECONDS_PER_SECOND = 0.10;
    private static final int QUIET_SECONDS_NEEDED = 2;

    public static Map<String, String> defaults() {
        Map<String, String> defaults = new HashMap<>();
        for (String required : List.of("base-url", "db-url", "app-pid", "postmaster-pid-file", "seed-file", "lua-dir",
                                       "report-dir", "portfolio-summary", "git-commit", "mode")) {
            defaults.put(required, null);
        }
        defaults.put("db-user", "postgres");
        defaults.put("db-password", "");
        defaults.put("scenarios", String.join(",", SCENARIOS));
        defaults.put("clients", "1,4,16");
        defaults.put("warmup", "10s");
        defaults.put("duration", "30s");
        defaults.put("lag-fraction", "0.5");
        defaults.put("lag-clients", "16");
        defaults.put("quiet-timeout", "30s");
        defaults.put("settle-timeout", "120s");
        return defaults;
    }

    private final Arguments arguments;
    private final PrintStream progress;
    private final Path reportDirectory;
    private final List<Integer> clientLevels;
    private final Duration warmup;
    private final Duration duration;
    private final Duration quietTimeout;
    private final Database database;
    private final ResourceMeter meter;
    private final HeapProbe heap;
    private final WrkRunner wrk;
    private final PgBenchRunner pgbench;
    private final List<LevelResult> levels = new ArrayList<>();
    private final Map<String, Double> heapMb = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private Map<String, String> machine;
    private LagResult lag;
    private long invoiceSlotBase;

    private MeasureCommand(Arguments arguments, PrintStream progress, Database database)
            throws IOException, InterruptedException {
        this.arguments = arguments;
        this.progress = progress;
        this.database = database;
        this.reportDirectory = arguments.path("report-dir");
        this.clientLevels = arguments.positiveIntegers("clients");
        this.warmup = arguments.duration("warmup");
        this.duration = arguments.duration("duration");
        this.quietTimeout = arguments.duration("quiet-timeout");
        if (duration.isZero()) {
            throw new IllegalArgumentException("--duration must be longer than zero");
        }
        Path rawDirectory = reportDirectory.resolve("raw");
        Files.createDirectories(rawDirectory);
        long appPid = Long.parseLong(arguments.string("app-pid"));
        long postmasterPid = Long.parseLong(Files.readAllLines(arguments.path("postmaster-pid-file")).get(0).trim());
        ProcessCpu cpu = new ProcessCpu(clockTicksPerSecond());
        this.meter = new ResourceMeter(database, cpu, appPid, postmasterPid);
        this.heap = new HeapProbe(appPid);
        this.wrk = new WrkRunner(URI.create(arguments.string("base-url")), arguments.path("lua-dir"),
                                 arguments.path("seed-file"), rawDirectory, meter, progress);
        this.pgbench = new PgBenchRunner(database, meter, cpu, rawDirectory, progress);
    }

    public static void run(String[] options, PrintStream progress) throws Exception {
        Arguments arguments = Arguments.parse(options, defaults());
        for (String scenario : arguments.list("scenarios")) {
            if (!SCENARIOS.contains(scenario)) {
                throw new IllegalArgumentException("Unknown scenario " + scenario + "; known: " + SCENARIOS);
            }
        }
        try (Database database = new Database(arguments.string("db-url"), arguments.string("db-user"),
                                              arguments.string("db-password"))) {
            new MeasureCommand(arguments, progress, database).measureAll();
        }
    }

    private void measureAll() throws Exception {
        describeSettings();
        List<String> chosen = arguments.list("scenarios");
        heapMb.put("after seeding", heap.usedAfterFullGcMb());
        // Seeding leaves the projections and the AI assistant a backlog; the first scenario should not pay for it.
        awaitQuiet(arguments.duration("settle-timeout"));
        for (String scenario : SCENARIOS) {
            if (!chosen.contains(scenario)) {
                continue;
            }
            progress.println("Scenario " + scenario + ":");
            switch (scenario) {
                case PgBenchRunner.SCENARIO -> {
                    awaitQuiet(quietTimeout);
                    levels.addAll(pgbench.run(clientLevels, warmup, duration));
                }
                case "projection-lag" -> projectionLag();
                default -> {
                    for (int clients : clientLevels) {
                        awaitQuiet(quietTimeout);
                        levels.add(wrkLevel(scenario, clients, Map.of(), WrkRunner.WindowObserver.NONE));
                    }
                }
            }
            heapMb.put("after " + scenario, heap.usedAfterFullGcMb());
            write();
        }
        write();
    }

    private LevelResult wrkLevel(String scenario, int clients, Map<String, String> environment,
                                 WrkRunner.WindowObserver observer) throws IOException, InterruptedException {
        String script = scenario.equals("projection-lag") ? "open-case" : scenario;
        Map<String, String> scriptEnvironment = new HashMap<>(environment);
        scriptEnvironment.put("BENCH_INVOICE_SLOT_BASE", Long.toString(invoiceSlotBase));
        WrkRunner.Outcome outcome = wrk.run(new WrkRunner.Level(scenario, script, clients, warmup, duration,
                                                                scriptEnvironment), observer);
        // The next run's invoices take slots after every slot this one may have used.
        invoiceSlotBase += (outcome.files().counterMaximum(INVOICES_CREATED) + 1) * clients;
        LevelResult result = outcome.result();
        progress.printf(Locale.ROOT, "    %.1f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors, %d lagged (202),"
                                     + " %d not sent; %.1f commits and %.1f events per request%n",
                        result.throughput(), result.latency().p50(), result.latency().p99(), result.latency().max(),
                        result.errors(), result.lagged(), result.notSent(),
                        result.perRequest(result.resources().commits()),
                        result.perRequest(result.resources().events()));
        if (result.succeeded() == 0) {
            throw new BenchmarkException(scenario + " with " + clients + " client(s) never succeeded; see "
                                         + reportDirectory.resolve(result.rawOutput()));
        }
        return result;
    }

    /**
     * Opens cases at a fraction of the best open-case rate measured before, paced, and reads for every event of
     * the window how long its read-model rows took.
     */
    private void projectionLag() throws Exception {
        double peak = levels.stream().filter(level -> level.scenario().equals("open-case"))
                            .mapToDouble(LevelResult::throughput).max().orElse(Double.NaN);
        if (Double.isNaN(peak)) {
            notes.add("Projection lag was not measured: it paces itself by the open-case peak, and open-case did"
                      + " not run.");
            return;
        }
        double rate = arguments.decimal("lag-fraction") * peak;
        long[] window = new long[2];
        awaitQuiet(quietTimeout);
        LevelResult load = wrkLevel("projection-lag", arguments.integer("lag-clients"),
                                    Map.of("BENCH_RATE", String.format(Locale.ROOT, "%.3f", rate)),
                                    new WrkRunner.WindowObserver() {
                                        @Override
                                        public void opened() {
                                            window[0] = database.lastEventIndex();
                                        }

                                        @Override
                                        public void closed() {
                                            window[1] = database.lastEventIndex();
                                        }
                                    });
        List<LagProbeResult> probes = new ProjectionLag(database, progress).measure(window[0], window[1]);
        lag = new LagResult(peak, rate, load, probes);
    }

    /** Waits until the app and its database use almost no CPU, or the timeout has passed. */
    private void awaitQuiet(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        int quietSeconds = 0;
        double lastSecond = Double.NaN;
        while (System.nanoTime() - started < timeout.toNanos() && quietSeconds < QUIET_SECONDS_NEEDED) {
            ResourceMeter.Sample before = meter.sample(0);
            Thread.sleep(1000);
            lastSecond = meter.serverSecondsSince(before);
            quietSeconds = lastSecond < QUIET_CPU_SECONDS_PER_SECOND ? quietSeconds + 1 : 0;
        }
        if (lastSecond >= QUIET_CPU_SECONDS_PER_SECOND) {
            String note = String.format(Locale.ROOT, "The app was still busy (%.2f CPU s/s) after waiting %s for it to"
                                                     + " go quiet before a level; that level shares the CPU with"
                                                     + " earlier work.", lastSecond, Durations.format(timeout));
            progress.println("  " + note);
            notes.add(note);
        }
    }

    private void describeSettings() throws IOException, InterruptedException {
        machine = MachineInfo.detect();
        machine.put("Git commit", arguments.string("git-commit"));
        settings.put("Mode", arguments.string("mode"));
        settings.put("Scenarios", String.join(", ", arguments.list("scenarios")));
        settings.put("Clients", clientLevels.toString().replaceAll("[\\[\\]]", ""));
        settings.put("Warm-up per level", Durations.format(warmup) + " (uncounted; wrk starts 0.5 s before it)");
        settings.put("Counted duration per level", Durations.format(duration));
        settings.put("Projection lag pace", arguments.string("lag-fraction") + " × the open-case peak, "
                                            + arguments.string("lag-clients") + " clients");
        settings.put("Base URL", arguments.string("base-url"));
        settings.put("Load generator", firstLine("wrk", "-v") + "; one connection per thread");
        settings.put("Raw ceiling", firstLine("pgbench", "--version") + "; one connection and thread per client");
        settings.put("App JVM flags", heap.flags());
    }

    private void write() throws IOException {
        Map<String, Object> portfolio = new ObjectMapper().readValue(arguments.path("portfolio-summary").toFile(),
                                                                     new TypeReference<>() {
                                                                     });
        BenchmarkResults results = new BenchmarkResults(machine, database.describeServer(), settings, portfolio,
                                                        levels, heapMb, lag, notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                          .writeValue(reportDirectory.resolve("results.json").toFile(), results);
    }

    private static String firstLine(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output.lines().findFirst().orElse("").replaceAll("\\s+", " ").trim();
    }

    private static double clockTicksPerSecond() throws IOException, InterruptedException {
        return Double.parseDouble(firstLine("getconf", "CLK_TCK"));
    }
}

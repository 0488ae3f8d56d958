package com.vivanta.ops.benchmark.report;

import com.vivanta.ops.benchmark.report.Block.Heading;
import com.vivanta.ops.benchmark.report.Block.HtmlOnly;
import com.vivanta.ops.benchmark.report.Block.Paragraph;
import com.vivanta.ops.benchmark.report.Block.TableBlock;
import com.vivanta.ops.benchmark.report.Block.Timeline;
import com.vivanta.ops.benchmark.results.BenchmarkResults;
import com.vivanta.ops.benchmark.results.LagResult;
import com.vivanta.ops.benchmark.results.LagResult.LagProbeResult;
import com.vivanta.ops.benchmark.results.Latency;
import com.vivanta.ops.benchmark.results.LevelResult;
import com.vivanta.ops.benchmark.results.RequestTypeResult;
import com.vivanta.ops.benchmark.results.Resources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report's content, from results.json (and the rebuild scenario's JSON, if it ran), as blocks. */
final class ReportDocument {

    private final BenchmarkResults results;
    private final Optional<RebuildResult> rebuild;
    private final String rebuildNote;
    private final List<Block> blocks = new ArrayList<>();

    private ReportDocument(BenchmarkResults results, Optional<RebuildResult> rebuild, String rebuildNote) {
        this.results = results;
        this.rebuild = rebuild;
        this.rebuildNote = rebuildNote;
    }

    /** @param rebuildNote why there are no rebuild figures, when there are none */
    static List<Block> build(BenchmarkResults results, Optional<RebuildResult> rebuild, String rebuildNote) {
        ReportDocument document = new ReportDocument(results, rebuild, rebuildNote);
        document.summary();
        document.rawCeiling();
        document.appScenario("open-case", "(a) Open case",
                             "Each client opens cases one after the other (`POST /api/v1/cases`, the same body every"
                             + " time). The answer comes once the case is in the read model, so the latency covers"
                             + " command, event append and projection.");
        document.appScenario("case-detail", "Case detail",
                             "Each client reads cases one after the other (`GET /api/v1/cases/{id}`), of a case"
                             + " picked at random from the seeded portfolio.");
        document.appScenario("operators-day", "(b) An operator's day",
                             "Each client repeats a fixed cycle of 28 requests, 21 reads and 7 writes (75 % / 25 %"
                             + " by count). Reads: 4 case lists (filtered by status, priority and status, or a"
                             + " search word; 25 a page), 4 case details, 2 case timelines, 2 work-order lists and 2"
                             + " invoice lists (by status) as an operator; 2 \"my pending approvals\" as a finance"
                             + " approver; 5 owner-portal pages (properties, a property's cases, its work orders,"
                             + " invoices, approvals) as an owner. Writes, one of each: an invoice is created and"
                             + " submitted for approval, and the step of the one submitted a cycle before is"
                             + " approved by the approver (not the submitter); a case is opened, moved to"
                             + " IN_PROGRESS and gets a work order; the client's oldest unfinished work order moves"
                             + " one step (assign vendor, accept, schedule, start, complete). The share column"
                             + " below is each type's share of the counted requests: the cycle's, give or take the"
                             + " cycle the window cut.");
        document.rebuild();
        document.projectionLag();
        document.heap();
        document.machineAndSettings();
        return document.blocks;
    }

    private void summary() {
        Map<String, String> machine = results.machine();
        blocks.add(new Heading(2, "Latest run"));
        blocks.add(new Paragraph("Run on " + machine.get("Date") + " at commit `" + machine.get("Git commit") + "` ("
                                 + results.settings().get("Mode") + " mode), by `infra/benchmark/run.sh`. Machine,"
                                 + " database settings and the harness's settings are at the end of this section."));
        blocks.add(new Heading(3, "Targets"));
        Table targets = new Table("<Target", "Measured", "<");
        for (Targets.Target target : Targets.evaluate(results)) {
            targets.row(target.goal(), target.measured(), target.verdict().text);
        }
        blocks.add(new TableBlock(targets));
        if (!results.notes().isEmpty()) {
            blocks.add(new Paragraph("Notes: " + String.join(" ", results.notes())));
        }
    }

    private void rawCeiling() {
        List<LevelResult> levels = Targets.levels(results, "raw-insert");
        blocks.add(new Heading(3, "Raw PostgreSQL ceiling"));
        if (levels.isEmpty()) {
            blocks.add(new Paragraph("Not measured in this run, so no figure below has a ratio to it."));
            return;
        }
        blocks.add(new Paragraph("pgbench, on the app's own PostgreSQL in the same run: each client commits one"
                                 + " ~200-byte row per transaction into a logged table, under the durability"
                                 + " settings below. Every app throughput is also given as a share of this"
                                 + " ceiling at the same number of clients."));
        Table table = new Table("clients", "tx/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "commits/tx",
                                "PG CPU ms/tx", "pgbench CPU ms/tx", "others' CPU");
        for (LevelResult level : levels) {
            Resources resources = level.resources();
            table.row(level.clients(), Format.decimal(level.throughput(), 0), Format.millis(level.latency().p50()),
                      Format.millis(level.latency().p95()), Format.millis(level.latency().p99()),
                      Format.millis(level.latency().max()),
                      Format.decimal(level.perRequest(resources.commits()), 2),
                      Format.millisPerRequest(resources.postgresCpuSeconds(), level.requests()),
                      Format.millisPerRequest(resources.loadGeneratorCpuSeconds(), level.requests()),
                      cores(resources));
        }
        blocks.add(new TableBlock(table));
        timelines(levels);
    }

    private void appScenario(String scenario, String title, String description) {
        List<LevelResult> levels = Targets.levels(results, scenario);
        blocks.add(new Heading(3, title));
        if (levels.isEmpty()) {
            blocks.add(new Paragraph("Not measured in this run."));
            return;
        }
        blocks.add(new Paragraph(description));
        Table throughput = new Table("clients", "req/s", "of raw", "errors", "202", "not sent", "commits/req",
                                     "events/req", "JVM CPU ms/req", "PG CPU ms/req", "wrk CPU ms/req",
                                     "others' CPU");
        for (LevelResult level : levels) {
            Resources resources = level.resources();
            throughput.row(level.clients(), Format.decimal(level.throughput(), 1),
                           Format.percent(level.throughput() / raw(level.clients()).map(LevelResult::throughput)
                                                                                  .orElse(Double.NaN)),
                           level.errors(), level.lagged(), level.notSent(),
                           Format.decimal(level.perRequest(resources.commits()), 1),
                           Format.decimal(level.perRequest(resources.events()), 1),
                           Format.millisPerRequest(resources.jvmCpuSeconds(), level.requests()),
                           Format.millisPerRequest(resources.postgresCpuSeconds(), level.requests()),
                           Format.millisPerRequest(resources.loadGeneratorCpuSeconds(), level.requests()),
                           cores(resources));
        }
        blocks.add(new TableBlock(throughput));
        boolean split = levels.stream().anyMatch(level -> level.reads().count() > 0 && level.writes().count() > 0);
        Table latency = new Table("clients", "<requests", "count", "p50 ms", "p95 ms", "p99 ms", "max ms",
                                  "p50 ÷ raw p50");
        for (LevelResult level : levels) {
            if (split) {
                latencyRow(latency, level, "reads", level.reads());
                latencyRow(latency, level, "writes", level.writes());
            } else {
                latencyRow(latency, level, "all", level.latency());
            }
        }
        blocks.add(new TableBlock(latency));
        if (levels.stream().anyMatch(level -> level.types().size() > 1)) {
            LevelResult top = levels.stream().max(Comparator.comparingInt(LevelResult::clients)).orElseThrow();
            blocks.add(new Paragraph("By request type at " + Format.clients(top.clients()) + ":"));
            blocks.add(new TableBlock(typeTable(top)));
            levels.stream().filter(level -> level != top).forEach(level -> {
                blocks.add(new HtmlOnly(new Paragraph("By request type at " + Format.clients(level.clients()) + ":")));
                blocks.add(new HtmlOnly(new TableBlock(typeTable(level))));
            });
        }
        timelines(levels);
    }

    private void latencyRow(Table table, LevelResult level, String what, Latency latency) {
        double rawP50 = raw(level.clients()).map(raw -> raw.latency().p50()).orElse(Double.NaN);
        table.row(level.clients(), what, latency.count(), Format.millis(latency.p50()), Format.millis(latency.p95()),
                  Format.millis(latency.p99()), Format.millis(latency.max()), Format.decimal(latency.p50() / rawP50, 0)
                                                                             + (Double.isNaN(rawP50) ? "" : " ×"));
    }

    private static Table typeTable(LevelResult level) {
        Table table = new Table("<request", "<route", "share", "count", "p50 ms", "p95 ms", "p99 ms", "max ms",
                                "errors", "202", "not sent");
        level.types().entrySet().stream()
             .sorted(Comparator.comparing((Map.Entry<String, RequestTypeResult> type) -> type.getValue().kind())
                               .thenComparing(Map.Entry::getKey))
             .forEach(entry -> {
                 RequestTypeResult type = entry.getValue();
                 table.row(entry.getKey() + " (" + type.kind() + ")", "`" + type.route() + "`",
                           Format.percent((double) type.requests() / level.requests()), type.requests(),
                           Format.millis(type.latency().p50()), Format.millis(type.latency().p95()),
                           Format.millis(type.latency().p99()), Format.millis(type.latency().max()),
                           type.errorCount() == 0 ? "0" : type.errorCount() + " " + type.errors(), type.lagged(),
                           type.notSent());
             });
        return table;
    }

    private void rebuild() {
        blocks.add(new Heading(3, "(c) Rebuild"));
        if (rebuild.isEmpty()) {
            blocks.add(new Paragraph(rebuildNote));
            return;
        }
        RebuildResult figures = rebuild.get();
        blocks.add(new Paragraph("Each projection replayed from the start of the event store: "
                                 + Format.decimal(figures.eventsInStore(), 0) + " events in the store, of which "
                                 + Format.decimal(figures.generatedEvents(), 0) + " generated for the scenario in "
                                 + Format.decimal(figures.generationSeconds(), 0) + " s."));
        Table table = new Table("<projection", "events", "seconds", "events/s", "heap before MB", "heap after MB",
                                "peak heap MB", "dead letters", "rows after");
        for (RebuildResult.Projection projection : figures.projections()) {
            table.row(projection.name(), Format.decimal(projection.events(), 0), Format.decimal(projection.seconds(), 1),
                      Format.decimal(projection.eventsPerSecond(), 0), Format.decimal(projection.heapAfterGcBeforeMb(), 0),
                      Format.decimal(projection.heapAfterGcAfterMb(), 0), Format.decimal(projection.peakHeapMb(), 0),
                      projection.deadLetters(), Format.decimal(projection.rowsAfter(), 0));
        }
        blocks.add(new TableBlock(table));
    }

    private void projectionLag() {
        blocks.add(new Heading(3, "(d) Projection lag under load"));
        LagResult lag = results.lag();
        if (lag == null) {
            blocks.add(new Paragraph("Not measured in this run."));
            return;
        }
        LevelResult load = lag.load();
        blocks.add(new Paragraph("Cases opened at a steady pace of " + Format.decimal(lag.targetRate(), 1)
                                 + " req/s (" + Format.percent(lag.targetRate() / lag.peakOpenCaseRate())
                                 + " of the open-case peak of " + Format.decimal(lag.peakOpenCaseRate(), 1)
                                 + " req/s) over " + Format.clients(load.clients()) + "; achieved "
                                 + Format.decimal(load.throughput(), 1) + " req/s, p99 "
                                 + Format.millis(load.latency().p99()) + " ms, " + load.errors() + " errors. Lag of"
                                 + " an event = commit time of the read-model row it produced minus commit time of"
                                 + " its `domain_event_entry` row (`pg_xact_commit_timestamp` of each row's `xmin`,"
                                 + " with `track_commit_timestamp` on), over the events appended in the counted"
                                 + " window."));
        Table table = new Table("<read model", "<rows", "events", "without row", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (LagProbeResult probe : lag.probes()) {
            table.row(probe.name(), probe.description(), probe.events(), probe.missing(),
                      Format.millis(probe.lag().p50()), Format.millis(probe.lag().p95()),
                      Format.millis(probe.lag().p99()), Format.millis(probe.lag().max()));
        }
        blocks.add(new TableBlock(table));
        for (LagProbeResult probe : lag.probes()) {
            blocks.add(new Timeline("Projection lag, " + probe.name() + " (events per second, lag p50/p99)",
                                    probe.timeline(), Double.NaN, false));
        }
        timelines(List.of(load));
    }

    private void heap() {
        blocks.add(new Heading(3, "Heap after a full GC"));
        blocks.add(new Paragraph("`jcmd <pid> GC.run`, then the used heap from `GC.heap_info`, at the end of each"
                                 + " scenario (after all its levels)."));
        Table table = new Table("<when", "MB");
        results.heapMb().forEach((when, megabytes) -> table.row(when, Format.decimal(megabytes, 0)));
        blocks.add(new TableBlock(table));
    }

    private void machineAndSettings() {
        blocks.add(new Heading(3, "Machine, database and settings"));
        blocks.add(new TableBlock(keyValues(results.machine())));
        Table postgres = new Table("<PostgreSQL", "<");
        results.postgresql().forEach(postgres::row);
        blocks.add(new TableBlock(postgres));
        blocks.add(new TableBlock(keyValues(results.settings())));
        Table portfolio = new Table("<Seeded portfolio", "<");
        Object entities = results.portfolio().get("entities");
        if (entities instanceof Map<?, ?> counts) {
            counts.forEach((what, count) -> portfolio.row(what, count));
        }
        portfolio.row("seeding", Format.decimal(number(results.portfolio().get("seconds")), 0) + " s, "
                                 + results.portfolio().get("requests") + " requests, "
                                 + results.portfolio().get("laggedAnswers") + " answered 202, "
                                 + results.portfolio().get("failedItems") + " items failed");
        blocks.add(new TableBlock(portfolio));
    }

    private void timelines(List<LevelResult> levels) {
        for (LevelResult level : levels) {
            blocks.add(new Timeline(level.scenario() + ", " + Format.clients(level.clients())
                                    + " (raw output: " + level.rawOutput() + ")", level.timeline(),
                                    level.measuredSeconds(), level.reads().count() > 0 && level.writes().count() > 0));
        }
    }

    private Optional<LevelResult> raw(int clients) {
        return Targets.level(results, "raw-insert", clients);
    }

    /** Cores busy with other processes, on average over the window: the shared machine's noise. */
    private static String cores(Resources resources) {
        return Format.decimal(resources.otherCpuSeconds() / resources.seconds(), 2) + " cores";
    }

    private static Table keyValues(Map<String, String> values) {
        Table table = new Table("<", "<");
        values.forEach(table::row);
        return table;
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}

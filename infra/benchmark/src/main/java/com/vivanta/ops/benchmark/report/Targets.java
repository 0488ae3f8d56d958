package com.vivanta.ops.benchmark.report;

import com.vivanta.ops.benchmark.results.BenchmarkResults;
import com.vivanta.ops.benchmark.results.LagResult.LagProbeResult;
import com.vivanta.ops.benchmark.results.LevelResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The performance targets, each beside the figure measured for it. The harness reports them; it does
 * not fail when one is not met.
 */
final class Targets {

    enum Verdict {
        MET("met"), NOT_MET("**not met**"), NOT_MEASURED("not measured");

        final String text;

        Verdict(String text) {
            this.text = text;
        }
    }

    record Target(String goal, String measured, Verdict verdict) {
    }

    private Targets() {
    }

    static List<Target> evaluate(BenchmarkResults results) {
        List<Target> targets = new ArrayList<>();
        atLeast(targets, "Open case, 1 client: ≥ 200 req/s", level(results, "open-case", 1), LevelResult::throughput,
                200, " req/s");
        atMost(targets, "Open case, 1 client: p99 ≤ 25 ms", level(results, "open-case", 1),
               level -> level.latency().p99(), 25, " ms");
        atLeast(targets, "Open case, 16 clients: ≥ 1,000 req/s", level(results, "open-case", 16),
                LevelResult::throughput, 1000, " req/s");
        atMost(targets, "Open case, 16 clients: p99 ≤ 100 ms", level(results, "open-case", 16),
               level -> level.latency().p99(), 100, " ms");
        List<LevelResult> openCase = levels(results, "open-case");
        if (openCase.isEmpty()) {
            targets.add(new Target("Open case: zero errors", "–", Verdict.NOT_MEASURED));
            targets.add(new Target("Open case: ≤ 6 commits per opened case", "–", Verdict.NOT_MEASURED));
        } else {
            long failures = openCase.stream().mapToLong(level -> level.errors() + level.lagged() + level.notSent()).sum();
            targets.add(new Target("Open case: zero errors (202s included), every level", failures + " errors",
                                   failures == 0 ? Verdict.MET : Verdict.NOT_MET));
            LevelResult worst = openCase.stream()
                    .max(Comparator.comparingDouble(level -> level.perRequest(level.resources().commits())))
                    .orElseThrow();
            double commits = worst.perRequest(worst.resources().commits());
            targets.add(new Target("Open case: ≤ 6 database commits per opened case (worst level)",
                                   Format.decimal(commits, 1) + " at " + Format.clients(worst.clients()),
                                   commits <= 6 ? Verdict.MET : Verdict.NOT_MET));
        }
        Optional<LevelResult> day = level(results, "operators-day", 16);
        atLeast(targets, "Operator's day, 16 clients: ≥ 2,000 req/s", day, LevelResult::throughput, 2000, " req/s");
        atMost(targets, "Operator's day, 16 clients: read p99 ≤ 50 ms", day, level -> level.reads().p99(), 50, " ms");
        atMost(targets, "Operator's day, 16 clients: write p99 ≤ 100 ms", day, level -> level.writes().p99(), 100,
               " ms");
        atLeast(targets, "GET /cases/{id}, 16 clients: ≥ 4,000 req/s", level(results, "case-detail", 16),
                LevelResult::throughput, 4000, " req/s");
        if (results.lag() == null || results.lag().probes().isEmpty()) {
            targets.add(new Target("Projection lag p99 ≤ 100 ms at half the open-case peak", "–",
                                   Verdict.NOT_MEASURED));
        } else {
            LagProbeResult worst = results.lag().probes().stream()
                    .max(Comparator.comparingDouble(probe -> probe.lag().p99())).orElseThrow();
            targets.add(new Target("Projection lag p99 ≤ 100 ms at half the open-case peak (worst read model)",
                                   Format.millis(worst.lag().p99()) + " ms (" + worst.name() + ")",
                                   worst.lag().p99() <= 100 && worst.missing() == 0 ? Verdict.MET : Verdict.NOT_MET));
        }
        return targets;
    }

    static Optional<LevelResult> level(BenchmarkResults results, String scenario, int clients) {
        return results.levels().stream()
                      .filter(level -> level.scenario().equals(scenario) && level.clients() == clients).findFirst();
    }

    static List<LevelResult> levels(BenchmarkResults results, String scenario) {
        return results.levels().stream().filter(level -> level.scenario().equals(scenario)).toList();
    }

    private static void atLeast(List<Target> targets, String goal, Optional<LevelResult> level,
                                ToDoubleFunction<LevelResult> figure, double minimum, String unit) {
        compare(targets, goal, level, figure, value -> value >= minimum, unit);
    }

    private static void atMost(List<Target> targets, String goal, Optional<LevelResult> level,
                               ToDoubleFunction<LevelResult> figure, double maximum, String unit) {
        compare(targets, goal, level, figure, value -> value <= maximum, unit);
    }

    private static void compare(List<Target> targets, String goal, Optional<LevelResult> level,
                                ToDoubleFunction<LevelResult> figure, java.util.function.DoublePredicate met,
                                String unit) {
        if (level.isEmpty()) {
            targets.add(new Target(goal, "–", Verdict.NOT_MEASURED));
            return;
        }
        double value = figure.applyAsDouble(level.get());
        targets.add(new Target(goal, Format.decimal(value, 1) + unit,
                               !Double.isNaN(value) && met.test(value) ? Verdict.MET : Verdict.NOT_MET));
    }
}

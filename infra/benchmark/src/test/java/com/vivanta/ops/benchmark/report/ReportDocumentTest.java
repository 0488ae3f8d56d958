package com.vivanta.ops.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.benchmark.report.Block.TableBlock;
import com.vivanta.ops.benchmark.results.BenchmarkResults;
import com.vivanta.ops.benchmark.results.Consistency;
import com.vivanta.ops.benchmark.results.Latency;
import com.vivanta.ops.benchmark.results.LevelResult;
import com.vivanta.ops.benchmark.results.RequestTypeResult;
import com.vivanta.ops.benchmark.results.Resources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {

    private static LevelResult level(String scenario, int clients, double throughput, double p99, long commits) {
        Latency latency = new Latency(100, p99 / 2, p99 * 0.9, p99, p99 * 1.2, p99 / 2);
        RequestTypeResult type = new RequestTypeResult("write", "POST /api/v1/cases", 100, 100, 0, 0, Map.of(),
                                                       latency);
        return new LevelResult(scenario, clients, 10, 30, 100, 100, 0, 0, 0, throughput, latency, Latency.NONE, latency,
                               Map.of("open_case", type), new Resources(30, commits, commits / 5, 3, 1, 0.1, 10),
                               new Consistency(140, 140, 0, 0, 0), List.of(), "raw/" + scenario + ".wrk.txt");
    }

    private static BenchmarkResults results(List<LevelResult> levels) {
        return new BenchmarkResults(Map.of("Date", "2026-12-07 10:00 UTC", "Git commit", "abc1234"),
                                    Map.of("version", "17.6"), Map.of("Mode", "full"),
                                    Map.of("entities", Map.of("cases", 1500), "seconds", 60.0), levels,
                                    Map.of("after seeding", 80.0), null, List.of());
    }

    private static String markdownOf(List<Block> blocks) {
        return blocks.stream().filter(TableBlock.class::isInstance)
                     .map(block -> ((TableBlock) block).table().markdown()).collect(Collectors.joining("\n"));
    }

    @Test
    void targetsSayMetOrNotMetBesideTheMeasuredFigure() {
        List<Targets.Target> targets = Targets.evaluate(results(List.of(level("open-case", 1, 250, 20, 500),
                                                                        level("open-case", 16, 900, 150, 500))));

        assertThat(targets).filteredOn(target -> target.goal().startsWith("Open case, 1 client"))
                           .extracting(Targets.Target::verdict).containsOnly(Targets.Verdict.MET);
        assertThat(targets).filteredOn(target -> target.goal().startsWith("Open case, 16 clients"))
                           .extracting(Targets.Target::verdict).containsOnly(Targets.Verdict.NOT_MET);
        assertThat(targets).filteredOn(target -> target.goal().contains("commits"))
                           .extracting(Targets.Target::measured).containsExactly("5.0 at 1 client");
        assertThat(targets).filteredOn(target -> target.goal().startsWith("GET /cases"))
                           .extracting(Targets.Target::verdict).containsOnly(Targets.Verdict.NOT_MEASURED);
    }

    @Test
    void appThroughputIsAlsoAShareOfTheRawCeilingAtTheSameClients() {
        String markdown = markdownOf(ReportDocument.build(results(List.of(level("raw-insert", 1, 2000, 1, 2000),
                                                                          level("open-case", 1, 50, 40, 1800))),
                                                          Optional.empty(), "Not run."));

        assertThat(markdown).contains("| 1 | 50.0 | 2.5 % |");
    }

    @Test
    void rendersTheRebuildScenariosFigures() throws Exception {
        RebuildResult rebuild = new ObjectMapper().readValue("""
                {"eventsInStore": 1000500, "generatedEvents": 1000000, "generationSeconds": 420.5,
                 "projections": [{"name": "case-view", "events": 1000500, "seconds": 250.0, "eventsPerSecond": 4002,
                   "heapAfterGcBeforeMb": 90, "heapAfterGcAfterMb": 95, "peakHeapMb": 400, "deadLetters": 0,
                   "rowsAfter": 200000}]}
                """, RebuildResult.class);

        String markdown = markdownOf(ReportDocument.build(results(List.of()), Optional.of(rebuild), "unused"));

        assertThat(markdown).contains("| case-view | 1,000,500 | 250.0 | 4,002 | 90 | 95 | 400 | 0 | 200,000 |");
    }
}

package com.vivanta.ops.benchmark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.benchmark.Arguments;
import com.vivanta.ops.benchmark.MarkdownSection;
import com.vivanta.ops.benchmark.report.Block.Heading;
import com.vivanta.ops.benchmark.report.Block.Paragraph;
import com.vivanta.ops.benchmark.report.Block.TableBlock;
import com.vivanta.ops.benchmark.results.BenchmarkResults;
import com.vivanta.ops.benchmark.results.LevelResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code report} subcommand: renders results.json (and the rebuild scenario's JSON) into index.html, into
 * the {@code results} section of docs/performance.md when asked, and as key figures on stdout.
 */
public final class ReportCommand {

    private static final String SECTION = "results";
    private static final String HEADING_OF_NEW_FILE = "# Performance";

    private ReportCommand() {
    }

    public static void run(String[] options, PrintStream out) throws IOException {
        Map<String, String> defaults = new HashMap<>();
        defaults.put("results", null);
        defaults.put("html", null);
        defaults.put("markdown", "");
        defaults.put("rebuild", "");
        defaults.put("rebuild-note", "Not run.");
        Arguments arguments = Arguments.parse(options, defaults);
        BenchmarkResults results = new ObjectMapper().readValue(arguments.path("results").toFile(),
                                                                BenchmarkResults.class);
        Optional<RebuildResult> rebuild = Optional.empty();
        if (arguments.isSet("rebuild") && Files.exists(arguments.path("rebuild"))) {
            rebuild = Optional.of(new ObjectMapper().readValue(arguments.path("rebuild").toFile(),
                                                               RebuildResult.class));
        }
        List<Block> blocks = ReportDocument.build(results, rebuild, arguments.string("rebuild-note"));

        Files.writeString(arguments.path("html"), Html.render("Vivanta Ops benchmark, "
                                                              + results.machine().get("Date"), blocks));
        if (arguments.isSet("markdown")) {
            MarkdownSection section = new MarkdownSection(SECTION);
            section.writeInto(arguments.path("markdown"), markdown(blocks), HEADING_OF_NEW_FILE);
            System.err.println("Wrote section '" + SECTION + "' of " + arguments.path("markdown").toAbsolutePath());
        }
        System.err.println("Wrote " + arguments.path("html").toAbsolutePath());
        out.print(keyFigures(results));
    }

    private static String markdown(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        // Timelines and HTML-only details stay in index.html.
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(heading.text()).append("\n\n");
            } else if (block instanceof Paragraph paragraph) {
                out.append(paragraph.text()).append("\n\n");
            } else if (block instanceof TableBlock table) {
                out.append(table.table().markdown()).append('\n');
            }
        }
        return out.toString();
    }

    /** What a developer wants to see after a short run: a line per level, then the targets. */
    private static String keyFigures(BenchmarkResults results) {
        StringBuilder out = new StringBuilder("\nKey figures (" + results.settings().get("Mode") + " run, "
                                              + results.machine().get("Date") + ", commit "
                                              + results.machine().get("Git commit") + "):\n");
        for (LevelResult level : results.levels()) {
            out.append(String.format(Locale.ROOT, "  %-15s %-11s %8.1f req/s  p50 %7s ms  p99 %7s ms  errors %d,"
                                                  + " 202 %d, not sent %d  commits/req %5.1f  events/req %4.1f"
                                                  + "  JVM CPU %s ms/req%n",
                                     level.scenario(), Format.clients(level.clients()) + ":", level.throughput(),
                                     Format.millis(level.latency().p50()), Format.millis(level.latency().p99()),
                                     level.errors(), level.lagged(), level.notSent(),
                                     level.perRequest(level.resources().commits()),
                                     level.perRequest(level.resources().events()),
                                     Format.millisPerRequest(level.resources().jvmCpuSeconds(), level.requests())));
        }
        if (results.lag() != null) {
            results.lag().probes().forEach(probe -> out.append(String.format(
                    Locale.ROOT, "  projection lag %-18s p50 %s ms, p99 %s ms over %d events (%d without row)%n",
                    probe.name(), Format.millis(probe.lag().p50()), Format.millis(probe.lag().p99()), probe.events(),
                    probe.missing())));
        }
        out.append("Targets:\n");
        for (Targets.Target target : Targets.evaluate(results)) {
            out.append(String.format("  %-14s %-75s %s%n", target.verdict().text.replace("*", ""), target.goal(),
                                     target.measured()));
        }
        results.notes().forEach(note -> out.append("Note: ").append(note).append('\n'));
        return out.toString();
    }
}

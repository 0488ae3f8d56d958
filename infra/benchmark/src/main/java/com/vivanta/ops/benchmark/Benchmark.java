package com.vivanta.ops.benchmark;

import com.vivanta.ops.benchmark.measure.MeasureCommand;
import com.vivanta.ops.benchmark.report.ReportCommand;
import com.vivanta.ops.benchmark.seed.PortfolioSeeder;
import com.vivanta.ops.benchmark.seed.PortfolioSize;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of the benchmark jar, called by infra/benchmark/run.sh once the app is up:
 * <ul>
 *   <li>{@code seed}: seeds a portfolio through the API and writes the ids the wrk scripts need;</li>
 *   <li>{@code measure}: runs the scenarios (wrk, pgbench) and writes the figures as JSON;</li>
 *   <li>{@code report}: renders those figures into docs/performance.md, index.html and stdout.</li>
 * </ul>
 * Progress goes to stderr.
 */
public final class Benchmark {

    private static final String USAGE = """
            Usage: java -jar vivanta-benchmark.jar seed|measure|report --option=value ...
            Normally called by infra/benchmark/run.sh (see run.sh --help for what each option means).
            """;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.print(USAGE);
            return;
        }
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "seed" -> seed(options);
                case "measure" -> MeasureCommand.run(options, System.err);
                case "report" -> ReportCommand.run(options, System.out);
                default -> throw new IllegalArgumentException("Unknown subcommand " + args[0] + "\n" + USAGE);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (BenchmarkException e) {
            System.err.println("Benchmark failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void seed(String[] options) throws Exception {
        Map<String, String> defaults = new HashMap<>();
        defaults.put("base-url", null);
        defaults.put("email", "admin@vivanta.local");
        defaults.put("password", "ChangeMe123!");
        defaults.put("portfolio", "full");
        defaults.put("threads", "16");
        defaults.put("seed-file", null);
        defaults.put("summary-file", null);
        Arguments arguments = Arguments.parse(options, defaults);
        new PortfolioSeeder(URI.create(arguments.string("base-url")), arguments.integer("threads"), System.err)
                .seed(PortfolioSize.named(arguments.string("portfolio")), arguments.string("email"),
                      arguments.string("password"), arguments.path("seed-file"), arguments.path("summary-file"));
    }
}

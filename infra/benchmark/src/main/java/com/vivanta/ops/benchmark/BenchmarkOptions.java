package com.vivanta.ops.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line: {@code --key=value} options, each with a default, and the {@code --skip-raw} flag. */
record BenchmarkOptions(URI baseUrl,
                        String email,
                        String password,
                        String dbUrl,
                        String dbUser,
                        String dbPassword,
                        Duration duration,
                        Duration warmup,
                        List<Integer> clientLevels,
                        Path output,
                        boolean skipRaw) {

    static final String USAGE = """
            Usage: java -jar vivanta-benchmark.jar [options]

            Measures opening cases through the HTTP API of an already running Vivanta Ops, and next to it
            the raw PostgreSQL insert ceiling on the same database, at several numbers of concurrent clients.
            Writes the figures into a marked section of a Markdown file and prints them.

            Options (the last occurrence of an option wins):
              --base-url=URL        the running app                       (default http://localhost:8080)
              --email=EMAIL         user to sign in as                    (default admin@vivanta.local)
              --password=PASSWORD   that user's password                  (default ChangeMe123!)
              --db-url=JDBC_URL     the app's PostgreSQL                  (default jdbc:postgresql://localhost:54329/postgres)
              --db-user=USER        database user                         (default postgres)
              --db-password=PASS    database password                     (default empty)
              --duration=DURATION   measured time per level, e.g. 20s, 1m (default 20s)
              --warmup=DURATION     uncounted time before each level      (default 5s)
              --clients=N,N,...     concurrency levels                    (default 1,4,16)
              --output=FILE         Markdown file to update               (default docs/performance.md)
              --skip-raw            leave out the raw PostgreSQL part
              --help                show this text
            """;

    private static final Map<String, String> DEFAULTS = Map.of(
            "base-url", "http://localhost:8080",
            "email", "admin@vivanta.local",
            "password", "ChangeMe123!",
            "db-url", "jdbc:postgresql://localhost:54329/postgres",
            "db-user", "postgres",
            "db-password", "",
            "duration", "20s",
            "warmup", "5s",
            "clients", "1,4,16",
            "output", "docs/performance.md");

    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    /** @throws IllegalArgumentException naming the offending option */
    static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>(DEFAULTS);
        boolean skipRaw = false;
        for (String arg : args) {
            if (arg.equals("--skip-raw")) {
                skipRaw = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (key == null || !DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
            values.put(key, arg.substring(equals + 1));
        }
        Duration duration = positive("duration", Durations.parse(values.get("duration")));
        Duration warmup = Durations.parse(values.get("warmup"));
        return new BenchmarkOptions(baseUrl(values.get("base-url")), values.get("email"), values.get("password"),
                                    values.get("db-url"), values.get("db-user"), values.get("db-password"),
                                    duration, warmup, clientLevels(values.get("clients")),
                                    Path.of(values.get("output")), skipRaw);
    }

    /** The JDBC URL fit to print: a password given as a URL parameter is masked. */
    String dbUrlForDisplay() {
        return dbUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    private static URI baseUrl(String text) {
        String withoutTrailingSlash = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        URI uri = URI.create(withoutTrailingSlash);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--base-url must be an http(s) URL, not " + text);
        }
        return uri;
    }

    private static List<Integer> clientLevels(String text) {
        List<Integer> levels = new ArrayList<>();
        for (String part : text.split(",")) {
            int level;
            try {
                level = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                level = 0;
            }
            if (level < 1) {
                throw new IllegalArgumentException("--clients takes positive whole numbers separated by commas, not "
                                                   + text);
            }
            levels.add(level);
        }
        return List.copyOf(levels);
    }

    private static Duration positive(String option, Duration duration) {
        if (duration.isZero()) {
            throw new IllegalArgumentException("--" + option + " must be longer than zero");
        }
        return duration;
    }
}

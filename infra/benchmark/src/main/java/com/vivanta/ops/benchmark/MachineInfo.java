package com.vivanta.ops.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The machine the figures were taken on, so that readers can tell how they compare with their own. */
public final class MachineInfo {

    private static final String UNKNOWN = "unknown";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MachineInfo() {
    }

    /** Label and value, in the order the report lists them. */
    public static Map<String, String> detect() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Date", DATE.format(Instant.now()));
        rows.put("CPUs", Runtime.getRuntime().availableProcessors() + " × "
                         + procFileValue("/proc/cpuinfo", "model name").orElse(UNKNOWN));
        rows.put("Memory", procFileValue("/proc/meminfo", "MemTotal")
                .map(value -> String.format(Locale.ROOT, "%.1f GiB",
                                            Long.parseLong(value.replace("kB", "").trim()) / (1024.0 * 1024)))
                .orElse(UNKNOWN));
        rows.put("Kernel", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                           + System.getProperty("os.arch") + ")");
        rows.put("Java", Runtime.version() + " (" + System.getProperty("java.vm.vendor") + ")");
        rows.put("Load average at start", firstLine("/proc/loadavg").map(line -> String.join(" ",
                List.of(line.split(" ")).subList(0, 3)) + " (1, 5, 15 min)").orElse(UNKNOWN));
        return rows;
    }

    private static Optional<String> firstLine(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The value of the first {@code key : value} line with that key in a /proc file, if the file exists. */
    private static Optional<String> procFileValue(String file, String key) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                return Optional.of(line.substring(colon + 1).trim());
            }
        }
        return Optional.empty();
    }
}

package com.vivanta.ops.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
record MachineInfo(int cpus, String cpuModel, String memory, String operatingSystem, String java,
                   String postgresql, String dateUtc) {

    private static final String UNKNOWN = "unknown";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** @param postgresqlVersion the server's version, or a note why it is not known */
    static MachineInfo detect(String postgresqlVersion) {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                               procFileValue("/proc/cpuinfo", "model name").orElse(UNKNOWN),
                               totalMemory(),
                               System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                               + System.getProperty("os.arch") + ")",
                               Runtime.version() + " (" + System.getProperty("java.vm.vendor") + ")",
                               postgresqlVersion,
                               DATE.format(Instant.now()));
    }

    /** Label and value, in the order the report lists them. */
    Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("CPUs", Integer.toString(cpus));
        rows.put("CPU model", cpuModel);
        rows.put("Memory", memory);
        rows.put("OS", operatingSystem);
        rows.put("Java", java);
        rows.put("PostgreSQL", postgresql);
        rows.put("Date", dateUtc);
        return rows;
    }

    private static String totalMemory() {
        Optional<Long> kibibytes = procFileValue("/proc/meminfo", "MemTotal")
                .map(value -> Long.parseLong(value.replace("kB", "").trim()));
        if (kibibytes.isPresent()) {
            return gibibytes(kibibytes.get() * 1024);
        }
        // No /proc (not Linux): the JVM can tell too.
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return gibibytes(os.getTotalMemorySize());
        }
        return UNKNOWN;
    }

    private static String gibibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    /** The value of the first {@code key : value} line with that key in a /proc file, if the file exists. */
    private static Optional<String> procFileValue(String file, String key) {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
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

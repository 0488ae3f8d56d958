package com.vivanta.ops.benchmark.measure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time of processes from {@code /proc/<pid>/stat}, in clock ticks: user and system time of the process
 * itself ({@code utime}, {@code stime}) and of its children that have exited and been waited for
 * ({@code cutime}, {@code cstime}).
 */
final class ProcessCpu {

    /** Fields of /proc/<pid>/stat after the command name, numbered as in proc(5) minus three. */
    private static final int PPID = 1;
    private static final int UTIME = 11;
    private static final int STIME = 12;
    private static final int CUTIME = 13;
    private static final int CSTIME = 14;

    private final double ticksPerSecond;

    ProcessCpu(double ticksPerSecond) {
        this.ticksPerSecond = ticksPerSecond;
    }

    /** The CPU seconds a process used itself; empty once it has gone. */
    Optional<Double> ownSeconds(long pid) {
        return fields(pid).map(stat -> (ticks(stat, UTIME) + ticks(stat, STIME)) / ticksPerSecond);
    }

    /** The CPU seconds of a process and of its children, those that exited and those still running. */
    Optional<Double> treeSeconds(long pid) {
        Optional<String[]> parent = fields(pid);
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        long ticks = ticks(parent.get(), UTIME) + ticks(parent.get(), STIME) + ticks(parent.get(), CUTIME)
                     + ticks(parent.get(), CSTIME);
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                Optional<String[]> child = fields(Long.parseLong(process.getFileName().toString()));
                if (child.isPresent() && Long.parseLong(child.get()[PPID]) == pid) {
                    ticks += ticks(child.get(), UTIME) + ticks(child.get(), STIME);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc", e);
        }
        return Optional.of(ticks / ticksPerSecond);
    }

    /**
     * Busy CPU seconds of the whole machine, all cores: user, nice, system, irq, softirq and steal time of the
     * first line of /proc/stat (in the same clock ticks).
     */
    double machineBusySeconds() {
        String cpuLine;
        try {
            cpuLine = Files.readAllLines(Path.of("/proc/stat")).get(0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read /proc/stat", e);
        }
        String[] ticks = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(ticks[field]);
        }
        return busy / ticksPerSecond;
    }

    /** CPU seconds of this JVM's children that have exited and been waited for (pgbench runs, here). */
    double reapedChildrenSeconds() {
        String[] self = fields(ProcessHandle.current().pid())
                .orElseThrow(() -> new IllegalStateException("No /proc entry for this JVM"));
        return (ticks(self, CUTIME) + ticks(self, CSTIME)) / ticksPerSecond;
    }

    private static Optional<String[]> fields(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return Optional.empty();
        }
        // The command name is in parentheses and may hold spaces and parentheses itself.
        return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" "));
    }

    private static long ticks(String[] stat, int field) {
        return Long.parseLong(stat[field]);
    }
}

package com.vivanta.ops.benchmark.measure;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's live heap: {@code jcmd <pid> GC.run} (a full collection) and then {@code GC.heap_info}, whose first
 * line says how much of the heap is used, e.g. {@code garbage-first heap total 262144K, used 81234K [...]}.
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private final long appPid;

    HeapProbe(long appPid) {
        this.appPid = appPid;
    }

    /** Megabytes used after a full GC; NaN if jcmd cannot attach or answers something else. */
    double usedAfterFullGcMb() throws InterruptedException {
        try {
            jcmd("GC.run");
            Matcher used = USED.matcher(jcmd("GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** The JVM flags the app runs with (heap limits, collector), for the report's settings. */
    String flags() throws InterruptedException {
        try {
            return jcmd("VM.flags").lines().skip(1).findFirst().orElse("").trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(appPid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IOException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}

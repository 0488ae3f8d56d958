package com.vivanta.ops.benchmark.measure;

import com.vivanta.ops.benchmark.results.LagResult.LagProbeResult;
import com.vivanta.ops.benchmark.results.Second;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * How long after an event's append its read-model row is committed, from the database's own commit times
 * ({@code track_commit_timestamp}): for each event appended in a window, {@code pg_xact_commit_timestamp} of the
 * read-model row's {@code xmin} minus that of the event row's. This holds only for rows written once, by the
 * event's own projection transaction, and not changed afterwards; the probes below are of that kind in the
 * open-case load: a case_view row is written by CaseOpenedEvent (a later change to the case would move its
 * xmin), an audit_entry and a workflow_entry row by their event alone.
 */
final class ProjectionLag {

    /** A read model and the join from an event row ({@code e}) to the row the event produced. */
    record Probe(String name, String description, String join, String eventFilter) {
    }

    static final List<Probe> PROBES = List.of(
            new Probe("case-view", "CaseOpenedEvent → its case_view row",
                      "case_view r ON r.id::text = e.aggregate_identifier",
                      "e.payload_type = 'com.vivanta.ops.api.cases.CaseOpenedEvent'"),
            new Probe("workflow-timeline", "CaseOpenedEvent → its workflow_entry row",
                      "workflow_entry r ON r.id = e.event_identifier",
                      "e.payload_type = 'com.vivanta.ops.api.cases.CaseOpenedEvent'"),
            new Probe("audit-log", "every event → its audit_entry row",
                      "audit_entry r ON r.event_id = e.event_identifier", "true"));

    private static final int CATCH_UP_SECONDS = 60;

    private final Database database;
    private final PrintStream progress;

    ProjectionLag(Database database, PrintStream progress) {
        this.database = database;
        this.progress = progress;
    }

    /** Events with a global index in (after, upTo]; waits until every probe's rows are there, or a minute. */
    List<LagProbeResult> measure(long after, long upTo) throws SQLException, InterruptedException {
        for (int second = 0; second < CATCH_UP_SECONDS && missingRows(after, upTo) > 0; second++) {
            Thread.sleep(1000);
        }
        List<LagProbeResult> results = new ArrayList<>();
        for (Probe probe : PROBES) {
            results.add(measure(probe, after, upTo));
        }
        return results;
    }

    private long missingRows(long after, long upTo) throws SQLException {
        long missing = 0;
        for (Probe probe : PROBES) {
            long[] count = new long[1];
            database.query("SELECT count(*) FROM domain_event_entry e LEFT JOIN " + probe.join()
                           + " WHERE e.global_index > ? AND e.global_index <= ? AND " + probe.eventFilter()
                           + " AND r.xmin IS NULL", List.of(after, upTo), row -> count[0] = row.getLong(1));
            missing += count[0];
        }
        return missing;
    }

    private LagProbeResult measure(Probe probe, long after, long upTo) throws SQLException {
        LatencyHistogram lag = new LatencyHistogram();
        TreeMap<Long, LatencyHistogram> bySecond = new TreeMap<>();
        long[] events = new long[1];
        long[] missing = new long[1];
        database.query("SELECT extract(epoch FROM pg_xact_commit_timestamp(e.xmin)) AS appended, "
                       + "extract(epoch FROM pg_xact_commit_timestamp(r.xmin)) AS projected "
                       + "FROM domain_event_entry e LEFT JOIN " + probe.join()
                       + " WHERE e.global_index > ? AND e.global_index <= ? AND " + probe.eventFilter(),
                       List.of(after, upTo), row -> {
                events[0]++;
                double appended = row.getDouble("appended");
                boolean appendTimeUnknown = row.wasNull();
                double projected = row.getDouble("projected");
                if (appendTimeUnknown || row.wasNull()) {
                    missing[0]++;
                    return;
                }
                long micros = Math.round((projected - appended) * 1e6);
                lag.addMicros(micros);
                bySecond.computeIfAbsent((long) Math.floor(appended), second -> new LatencyHistogram())
                        .addMicros(micros);
            });
        List<Second> timeline = new ArrayList<>();
        if (!bySecond.isEmpty()) {
            long first = bySecond.firstKey();
            bySecond.forEach((second, histogram) -> timeline.add(new Second(
                    (int) (second - first), histogram.count(), 0, 0, 0, histogram.percentileMillis(50),
                    histogram.percentileMillis(99), Double.NaN, Double.NaN)));
        }
        progress.printf("    %-18s %6d events, %d without a row; lag p50 %.1f ms, p99 %.1f ms%n", probe.name(),
                        events[0], missing[0], lag.percentileMillis(50), lag.percentileMillis(99));
        return new LagProbeResult(probe.name(), probe.description(), events[0], missing[0], lag.toLatency(), timeline);
    }
}

package com.vivanta.ops.benchmark.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.benchmark.results.Consistency;
import com.vivanta.ops.benchmark.results.Latency;
import com.vivanta.ops.benchmark.results.RequestTypeResult;
import com.vivanta.ops.benchmark.results.Second;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures the wrk threads wrote (thread-N.json, by bench.lua) and wrk's own summary (summary.json), merged
 * over the threads: per request type, per second, and in total.
 */
final class WrkThreadFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request type's figures while they are added up. */
    private static final class TypeTally {
        String kind;
        String route;
        long requests;
        long succeeded;
        long lagged;
        long notSent;
        final Map<String, Long> errors = new TreeMap<>();
        final LatencyHistogram latency = new LatencyHistogram();

        RequestTypeResult result() {
            return new RequestTypeResult(kind, route, requests, succeeded, lagged, notSent, errors, latency.toLatency());
        }
    }

    private static final class SecondTally {
        long requests;
        long errors;
        long lagged;
        long notSent;
        final LatencyHistogram reads = new LatencyHistogram();
        final LatencyHistogram writes = new LatencyHistogram();
    }

    private final Map<String, TypeTally> types = new TreeMap<>();
    private final TreeMap<Integer, SecondTally> seconds = new TreeMap<>();
    private final Map<String, Long> counterMaxima = new HashMap<>();
    private long scriptAnswers;
    private long resent;
    private long substitutes;
    private long generatorAnswers;
    private long socketErrors;

    /** Reads the files of a finished run; every thread must have written its own. */
    static WrkThreadFiles read(Path directory, int threads) throws IOException {
        WrkThreadFiles files = new WrkThreadFiles();
        for (int thread = 1; thread <= threads; thread++) {
            files.addThread(JSON.readTree(directory.resolve("thread-" + thread + ".json").toFile()));
        }
        JsonNode summary = JSON.readTree(directory.resolve("summary.json").toFile());
        files.generatorAnswers = summary.path("requests").asLong();
        JsonNode errors = summary.path("errors");
        files.socketErrors = errors.path("connect").asLong() + errors.path("read").asLong()
                             + errors.path("write").asLong() + errors.path("timeout").asLong();
        return files;
    }

    private void addThread(JsonNode thread) {
        thread.path("types").fields().forEachRemaining(entry -> {
            JsonNode type = entry.getValue();
            TypeTally tally = types.computeIfAbsent(entry.getKey(), name -> new TypeTally());
            tally.kind = type.path("kind").asText();
            tally.route = type.path("route").asText();
            tally.requests += type.path("requests").asLong();
            tally.succeeded += type.path("ok").asLong();
            tally.lagged += type.path("lagged").asLong();
            tally.notSent += type.path("not_sent").asLong();
            type.path("errors").fields().forEachRemaining(
                    error -> tally.errors.merge(error.getKey(), error.getValue().asLong(), Long::sum));
            tally.latency.addBuckets(buckets(type.path("hist")));
            tally.latency.addExtremes(type.path("max_us").asLong(), type.path("sum_us").asDouble());
        });
        thread.path("seconds").fields().forEachRemaining(entry -> {
            SecondTally tally = seconds.computeIfAbsent(Integer.parseInt(entry.getKey()), second -> new SecondTally());
            JsonNode second = entry.getValue();
            tally.requests += second.path("requests").asLong();
            tally.errors += second.path("errors").asLong();
            tally.lagged += second.path("lagged").asLong();
            tally.notSent += second.path("not_sent").asLong();
            tally.reads.addBuckets(buckets(second.path("read_hist")));
            tally.writes.addBuckets(buckets(second.path("write_hist")));
        });
        thread.path("counters").fields().forEachRemaining(
                counter -> counterMaxima.merge(counter.getKey(), counter.getValue().asLong(), Math::max));
        scriptAnswers += thread.path("responses").asLong();
        resent += thread.path("resent").asLong();
        substitutes += thread.path("substitutes").asLong();
    }

    private static Map<Integer, Long> buckets(JsonNode histogram) {
        Map<Integer, Long> buckets = new HashMap<>();
        histogram.fields().forEachRemaining(bucket -> buckets.put(Integer.parseInt(bucket.getKey()),
                                                                   bucket.getValue().asLong()));
        return buckets;
    }

    Map<String, RequestTypeResult> types() {
        Map<String, RequestTypeResult> results = new TreeMap<>();
        types.forEach((name, tally) -> results.put(name, tally.result()));
        return results;
    }

    /** Latency over the request types of one kind ({@code read}, {@code write}), or of all with null. */
    Latency latency(String kind) {
        LatencyHistogram merged = new LatencyHistogram();
        types.values().stream().filter(tally -> kind == null || kind.equals(tally.kind))
             .forEach(tally -> merged.merge(tally.latency));
        return merged.toLatency();
    }

    List<Second> timeline() {
        List<Second> timeline = new ArrayList<>();
        seconds.forEach((second, tally) -> {
            LatencyHistogram all = new LatencyHistogram();
            all.merge(tally.reads);
            all.merge(tally.writes);
            timeline.add(new Second(second, tally.requests, tally.errors, tally.lagged, tally.notSent,
                                    all.percentileMillis(50),
                                    all.percentileMillis(99), tally.reads.percentileMillis(99),
                                    tally.writes.percentileMillis(99)));
        });
        return timeline;
    }

    Consistency consistency() {
        return new Consistency(generatorAnswers, scriptAnswers, socketErrors, resent, substitutes);
    }

    /** The largest value any thread reported for a scenario's counter (0 if none did). */
    long counterMaximum(String name) {
        return counterMaxima.getOrDefault(name, 0L);
    }
}

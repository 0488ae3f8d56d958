package com.vivanta.ops.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a number of clients side by side, each in a closed loop (it starts its next operation as soon as the
 * previous one finished), first for a warm-up that is not counted and then for the measured period.
 *
 * <p>An operation counts if it <em>started</em> within the measured period; clients start none after it.
 * Throughput is taken over the time until the last counted operation finished, so operations that run past
 * the end are neither lost nor credited to too short a time.
 */
final class LoadRun {

    /** One client: its own connection or session, used by one thread only. */
    interface Client extends AutoCloseable {

        /** Performs one operation: empty on success, otherwise a short name for the kind of failure. */
        Optional<String> perform() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Opens a client; all clients are opened before the clock starts. */
    interface ClientFactory {
        Client open() throws Exception;
    }

    private LoadRun() {
    }

    static LoadResult run(int clientCount, Duration warmup, Duration duration, ClientFactory factory)
            throws Exception {
        List<Client> clients = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(clientCount);
        try {
            for (int i = 0; i < clientCount; i++) {
                clients.add(factory.open());
            }
            long measureStart = System.nanoTime() + warmup.toNanos();
            long measureEnd = measureStart + duration.toNanos();
            List<Future<Tally>> tallies = new ArrayList<>();
            for (Client client : clients) {
                tallies.add(threads.submit(() -> loop(client, measureStart, measureEnd)));
            }
            return combine(duration, tallies);
        } finally {
            threads.shutdownNow();
            for (Client client : clients) {
                client.close();
            }
        }
    }

    private static Tally loop(Client client, long measureStart, long measureEnd) {
        Tally tally = new Tally();
        while (!Thread.currentThread().isInterrupted()) {
            long begin = System.nanoTime();
            if (begin - measureEnd >= 0) {
                break;
            }
            Optional<String> failure;
            try {
                failure = client.perform();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // A refused connection or a timeout is a failed operation like an error status, not a crash.
                failure = Optional.of(e.getClass().getSimpleName());
            }
            long end = System.nanoTime();
            if (begin - measureStart >= 0) {
                tally.record(end - begin, failure, end - measureStart);
            }
        }
        return tally;
    }

    private static LoadResult combine(Duration duration, List<Future<Tally>> tallies)
            throws InterruptedException, ExecutionException {
        Map<String, Long> failures = new TreeMap<>();
        long[] latencies = new long[0];
        long elapsedNanos = duration.toNanos();
        for (Future<Tally> future : tallies) {
            Tally tally = future.get();
            tally.failures.forEach((kind, count) -> failures.merge(kind, count, Long::sum));
            latencies = concat(latencies, tally.latencies, tally.successes);
            elapsedNanos = Math.max(elapsedNanos, tally.lastFinishNanos);
        }
        return new LoadResult(latencies.length, failures, Duration.ofNanos(elapsedNanos),
                              LatencyStats.of(latencies));
    }

    private static long[] concat(long[] head, long[] tail, int tailLength) {
        long[] joined = Arrays.copyOf(head, head.length + tailLength);
        System.arraycopy(tail, 0, joined, head.length, tailLength);
        return joined;
    }

    /** One client's counted operations; primitive arrays, because a fast client records millions of samples. */
    private static final class Tally {
        private long[] latencies = new long[1024];
        private int successes;
        private final Map<String, Long> failures = new TreeMap<>();
        /** When the last counted operation finished, in nanoseconds since the measured period began. */
        private long lastFinishNanos;

        void record(long latencyNanos, Optional<String> failure, long finishedNanos) {
            lastFinishNanos = finishedNanos;
            if (failure.isPresent()) {
                failures.merge(failure.get(), 1L, Long::sum);
                return;
            }
            if (successes == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[successes++] = latencyNanos;
        }
    }
}

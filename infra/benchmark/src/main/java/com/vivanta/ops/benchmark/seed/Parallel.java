package com.vivanta.ops.benchmark.seed;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs one seeding step's items side by side on a fixed number of threads. A failed item is reported and left
 * out of the results, so that one refused request does not lose a whole portfolio; {@link #failures()} says
 * how many there were, and the seeder decides whether that is too many.
 */
final class Parallel implements AutoCloseable {

    private static final int FAILURES_PRINTED_PER_STEP = 3;

    private final ExecutorService threads;
    private final PrintStream progress;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong items = new AtomicLong();

    Parallel(int threadCount, PrintStream progress) {
        this.threads = Executors.newFixedThreadPool(threadCount);
        this.progress = progress;
    }

    /** Applies {@code work} to every item; answers the results of the items that succeeded, in item order. */
    <T, R> List<R> map(String step, List<T> itemsOfStep, Function<T, R> work) {
        long started = System.nanoTime();
        List<Future<R>> futures = new ArrayList<>();
        for (T item : itemsOfStep) {
            futures.add(threads.submit(() -> work.apply(item)));
        }
        List<R> results = new ArrayList<>();
        int failed = 0;
        for (Future<R> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                if (failed++ < FAILURES_PRINTED_PER_STEP) {
                    progress.println("  " + step + ": " + e.getCause().getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while seeding " + step, e);
            }
        }
        failures.addAndGet(failed);
        items.addAndGet(itemsOfStep.size());
        progress.printf("  %-34s %5d done, %d failed, %.1f s%n", step, itemsOfStep.size() - failed, failed,
                        (System.nanoTime() - started) / 1e9);
        results.removeIf(Objects::isNull);
        return results;
    }

    long failures() {
        return failures.get();
    }

    long items() {
        return items.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}

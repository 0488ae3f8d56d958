package com.vivanta.ops.benchmark.measure;

import com.vivanta.ops.benchmark.results.Latency;
import java.util.Map;
import java.util.TreeMap;

/**
 * Latencies in logarithmic buckets that grow by 1 %, as bench.lua keeps them: bucket {@code i} holds latencies
 * in [1.01^i, 1.01^(i+1)) microseconds. Histograms of threads and seconds merge by adding counts; a percentile
 * is the nearest-rank bucket's geometric middle, within 0.5 % of the true latency, and never above the exact
 * maximum, which is kept beside.
 */
final class LatencyHistogram {

    /** Must equal bench.lua's LOG_BUCKET_RATIO. */
    private static final double LOG_BUCKET_RATIO = Math.log(1.01);
    private static final double MICROS_PER_MILLI = 1000.0;

    private final TreeMap<Integer, Long> buckets = new TreeMap<>();
    private long count;
    private long maxMicros;
    private double sumMicros;

    void addBuckets(Map<Integer, Long> bucketCounts) {
        bucketCounts.forEach((bucket, n) -> {
            buckets.merge(bucket, n, Long::sum);
            count += n;
        });
    }

    /** For histograms filled from bucket counts: the exact maximum and sum, which buckets do not keep. */
    void addExtremes(long maxOfAdded, double sumOfAdded) {
        maxMicros = Math.max(maxMicros, maxOfAdded);
        sumMicros += sumOfAdded;
    }

    void addMicros(long latencyMicros) {
        long value = Math.max(latencyMicros, 1);
        buckets.merge(bucketOf(value), 1L, Long::sum);
        count++;
        maxMicros = Math.max(maxMicros, value);
        sumMicros += value;
    }

    void merge(LatencyHistogram other) {
        addBuckets(other.buckets);
        addExtremes(other.maxMicros, other.sumMicros);
    }

    long count() {
        return count;
    }

    /** Milliseconds; {@link Latency#NONE} when empty. With bucket counts only, the maximum is the top bucket's. */
    Latency toLatency() {
        if (count == 0) {
            return Latency.NONE;
        }
        return new Latency(count, percentileMillis(50), percentileMillis(95), percentileMillis(99),
                           maxMillis(), sumMicros > 0 ? sumMicros / count / MICROS_PER_MILLI : Double.NaN);
    }

    double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * count));
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : buckets.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                double middle = Math.exp((bucket.getKey() + 0.5) * LOG_BUCKET_RATIO);
                return Math.min(middle, maxMillis() * MICROS_PER_MILLI) / MICROS_PER_MILLI;
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + count);
    }

    private double maxMillis() {
        double max = maxMicros > 0 ? maxMicros : Math.exp((buckets.lastKey() + 1) * LOG_BUCKET_RATIO);
        return max / MICROS_PER_MILLI;
    }

    private static int bucketOf(long micros) {
        return (int) Math.floor(Math.log(micros) / LOG_BUCKET_RATIO);
    }
}

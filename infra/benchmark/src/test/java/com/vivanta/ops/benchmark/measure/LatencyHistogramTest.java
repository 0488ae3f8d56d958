package com.vivanta.ops.benchmark.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vivanta.ops.benchmark.results.Latency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentilesAreWithinHalfAPercentOfTheNearestRankAndTheMaximumIsExact() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long micros = 1; micros <= 100_000; micros++) {
            histogram.addMicros(micros);
        }

        Latency latency = histogram.toLatency();

        assertThat(latency.count()).isEqualTo(100_000);
        assertThat(latency.p50()).isCloseTo(50.0, within(50.0 * 0.005));
        assertThat(latency.p95()).isCloseTo(95.0, within(95.0 * 0.005));
        assertThat(latency.p99()).isCloseTo(99.0, within(99.0 * 0.005));
        assertThat(latency.max()).isEqualTo(100.0);
        assertThat(latency.mean()).isCloseTo(50.0, within(0.001));
    }

    @Test
    void aPercentileNeverExceedsTheMaximum() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.addMicros(1_000);

        assertThat(histogram.toLatency().p99()).isEqualTo(1.0);
    }

    @Test
    void histogramsOfThreadsMergeByAddingTheirBuckets() {
        LatencyHistogram merged = new LatencyHistogram();
        LatencyHistogram fast = new LatencyHistogram();
        // bench.lua's bucket of 1 ms: floor(ln(1000) / ln(1.01)) = 694.
        fast.addBuckets(Map.of(694, 99L));
        fast.addExtremes(1_005, 99 * 1_000.0);
        LatencyHistogram slow = new LatencyHistogram();
        slow.addMicros(200_000);

        merged.merge(fast);
        merged.merge(slow);

        assertThat(merged.count()).isEqualTo(100);
        assertThat(merged.percentileMillis(99)).isCloseTo(1.0, within(0.01));
        assertThat(merged.toLatency().max()).isEqualTo(200.0);
    }

    @Test
    void anEmptyHistogramHasNoFigures() {
        assertThat(new LatencyHistogram().toLatency()).isEqualTo(Latency.NONE);
    }
}

package io.consentgateway.bench;

import java.util.Arrays;

/**
 * Every latency one load thread saw, in nanoseconds (HdrHistogram is not on the classpath, and a round of a few tens
 * of thousands of requests fits easily in a plain array). Percentiles are nearest-rank: the value at or below which
 * the given share of requests fell, always one that was actually measured.
 */
final class Latencies {

    private long[] nanos = new long[4_096];
    private int size;

    void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    int size() {
        return size;
    }

    static Latencies merged(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.nanos[i]);
            }
        }
        return all;
    }

    /** @param quantile in (0, 1], e.g. 0.99 */
    double percentileMillis(double quantile) {
        if (size == 0) {
            throw new IllegalStateException("no requests were measured");
        }
        if (!(quantile > 0 && quantile <= 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1]: " + quantile);
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(quantile * size);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}

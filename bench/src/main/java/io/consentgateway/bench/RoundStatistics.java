package io.consentgateway.bench;

import java.util.Arrays;

/** Summary of one variant's per-round ns/op: the median is the result, the quartiles show how noisy it was. */
record RoundStatistics(double min, double p25, double median, double p75, double max) {

    static RoundStatistics of(double... rounds) {
        if (rounds.length == 0) {
            throw new IllegalArgumentException("no rounds measured");
        }
        double[] sorted = rounds.clone();
        Arrays.sort(sorted);
        return new RoundStatistics(
                sorted[0],
                quantile(sorted, 0.25),
                quantile(sorted, 0.5),
                quantile(sorted, 0.75),
                sorted[sorted.length - 1]);
    }

    /** Interquartile range relative to the median: half of the rounds fell within a band this wide. */
    double relativeSpread() {
        return (p75 - p25) / median;
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}

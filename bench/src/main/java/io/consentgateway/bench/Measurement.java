package io.consentgateway.bench;

/**
 * One figure of one benchmark against its baseline measured in the same run: {@code ratio} is value ÷ baseline in
 * {@code unit} (for records/s, higher is better and 0.5 means half the baseline's throughput; for milliseconds or
 * seconds, lower is better and 4.0 means four times the baseline's time). {@code goal} is the documents' target in
 * words, or empty.
 */
record Measurement(
        String benchmark,
        String measure,
        String unit,
        boolean higherIsBetter,
        double value,
        String baselineName,
        double baseline,
        String goal) {

    double ratio() {
        return value / baseline;
    }
}

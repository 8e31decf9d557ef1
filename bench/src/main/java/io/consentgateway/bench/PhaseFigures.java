package io.consentgateway.bench;

import java.util.List;

/**
 * A phase's figures over its interleaved rounds: the median of the rounds' requests/s, p50 and p99, so one round
 * disturbed by something else on the machine does not move the result.
 */
record PhaseFigures(String phase, int rounds, double requestsPerSecond, double p50Millis, double p99Millis) {

    static PhaseFigures of(String phase, List<LoadRound> all) {
        List<LoadRound> mine =
                all.stream().filter(round -> round.phase().equals(phase)).toList();
        if (mine.isEmpty()) {
            throw new IllegalArgumentException("no rounds of phase " + phase);
        }
        return new PhaseFigures(
                phase,
                mine.size(),
                median(mine.stream().mapToDouble(LoadRound::requestsPerSecond).toArray()),
                median(mine.stream().mapToDouble(LoadRound::p50Millis).toArray()),
                median(mine.stream().mapToDouble(LoadRound::p99Millis).toArray()));
    }

    private static double median(double[] values) {
        return RoundStatistics.of(values).median();
    }
}

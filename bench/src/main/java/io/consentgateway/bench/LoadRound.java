package io.consentgateway.bench;

import java.util.Locale;

/**
 * One measured round of one phase of the load generator: completed requests (2xx) in the round's wall time, and
 * the p50 and p99 of their latencies. It travels from the generator process to the bench as one line of text.
 */
record LoadRound(String phase, int round, long requests, double seconds, double p50Millis, double p99Millis) {

    LoadRound {
        if (phase.isBlank() || phase.contains(" ")) {
            throw new IllegalArgumentException("a phase name is one word: " + phase);
        }
        if (requests <= 0 || seconds <= 0) {
            throw new IllegalArgumentException("an empty round: " + requests + " requests in " + seconds + " s");
        }
    }

    double requestsPerSecond() {
        return requests / seconds;
    }

    String line() {
        return String.format(
                Locale.ROOT, "%s %d %d %.6f %.6f %.6f", phase, round, requests, seconds, p50Millis, p99Millis);
    }

    static LoadRound parse(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 6) {
            throw new IllegalArgumentException("not a load round: " + line);
        }
        return new LoadRound(
                parts[0],
                Integer.parseInt(parts[1]),
                Long.parseLong(parts[2]),
                Double.parseDouble(parts[3]),
                Double.parseDouble(parts[4]),
                Double.parseDouble(parts[5]));
    }
}

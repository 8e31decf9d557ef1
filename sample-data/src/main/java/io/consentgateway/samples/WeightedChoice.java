package io.consentgateway.samples;

import java.util.Random;
import java.util.stream.IntStream;

/** Picks an index with probability proportional to its weight. */
record WeightedChoice(int[] weights) {

    WeightedChoice {
        weights = weights.clone();
        if (IntStream.of(weights).anyMatch(weight -> weight < 0)
                || IntStream.of(weights).sum() <= 0) {
            throw new IllegalArgumentException("weights must be non-negative with a positive sum");
        }
    }

    int pick(Random random) {
        int ticket = random.nextInt(IntStream.of(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}

package io.consentgateway.bench;

import java.time.Duration;

/**
 * How long to warm up and how many interleaved rounds to measure. For the seven variants the full plan takes about
 * two minutes, the quick one about twenty seconds. Warm-up is long because on two cores the JIT needs seconds to
 * compile Bouncy Castle's code; a shorter one sizes batches from still-interpreted speed.
 */
record BenchPlan(String mode, Duration warmUpPerVariant, int rounds, Duration batch) {

    static final String USAGE = "usage: bench/run [--quick] [--report <file>]";

    BenchPlan {
        if (rounds < 3 || warmUpPerVariant.isNegative() || batch.isZero() || batch.isNegative()) {
            throw new IllegalArgumentException("a plan needs >= 3 rounds, a warm-up >= 0 and a positive batch");
        }
    }

    static BenchPlan full() {
        return new BenchPlan("full", Duration.ofSeconds(4), 51, Duration.ofMillis(200));
    }

    static BenchPlan quick() {
        return new BenchPlan("quick", Duration.ofMillis(1500), 15, Duration.ofMillis(80));
    }

    static BenchPlan fromArgs(String... args) {
        BenchPlan plan = full();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--report") && i + 1 < args.length) {
                i++; // the suite's measurement file, read by MeasurementFile
            } else if (args[i].equals("--quick")) {
                plan = quick();
            } else {
                throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        return plan;
    }
}

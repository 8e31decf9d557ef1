package io.consentgateway.bench;

/**
 * One variant's outcome: its per-round cost and its per-round ratio to its group's baseline from the same run (1.00
 * for the baseline, 2.00 for a variant that takes twice as long per operation), and the median share of its batches'
 * wall time the benchmark thread was on a CPU (well below 1 means other processes competed for the machine).
 */
record Result(
        String group,
        String variant,
        boolean baseline,
        RoundStatistics nsPerOp,
        RoundStatistics ratioToBaseline,
        double cpuShare,
        long opsPerBatch) {

    double opsPerSecond() {
        return 1e9 / nsPerOp.median();
    }
}

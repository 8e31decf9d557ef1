package io.consentgateway.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * Warms every variant up, sizes a batch per variant to the plan's batch time, then measures rounds in which every
 * variant runs one batch, in an order rotated each round, so machine noise (other processes, frequency changes,
 * GC) falls on all variants alike. A variant's result is the median of its per-round ns/op, and the median of its
 * per-round ratio to the group's baseline.
 */
final class InterleavedRunner {

    private static final int WARM_UP_PASSES = 3;

    private final BenchPlan plan;
    private final PrintStream progress;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Every operation's result is added here, so the JIT cannot prove the measured work unused and drop it. */
    private long sink;

    InterleavedRunner(BenchPlan plan, PrintStream progress) {
        this.plan = plan;
        this.progress = progress;
    }

    List<Result> run(List<Group> groups) {
        List<Track> tracks = groups.stream()
                .flatMap(group -> group.variants().stream())
                .map(variant -> new Track(variant, plan.rounds()))
                .toList();
        // Several passes over all variants, so that every variant's code is compiled before any is calibrated.
        for (int pass = 1; pass <= WARM_UP_PASSES; pass++) {
            for (Track track : tracks) {
                runFor(track, plan.warmUpPerVariant().toNanos() / WARM_UP_PASSES);
            }
        }
        for (Track track : tracks) {
            double nsPerOp = runFor(track, plan.batch().toNanos());
            track.batchOps = Math.max(1, Math.round(plan.batch().toNanos() / nsPerOp));
            progress.printf(
                    "calibrated %-20s %,10.0f ns/op -> %,d ops per batch%n",
                    track.variant.name(), nsPerOp, track.batchOps);
        }
        progress.print("measuring round");
        for (int round = 0; round < plan.rounds(); round++) {
            for (int k = 0; k < tracks.size(); k++) {
                Track track = tracks.get((k + round) % tracks.size());
                timeBatch(track, round);
            }
            progress.print(" " + (round + 1));
        }
        progress.println();
        return results(groups, tracks);
    }

    /** @return the ns/op observed while running the variant for about {@code nanos} */
    private double runFor(Track track, long nanos) {
        long ops = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            sink += invoke(track);
            ops++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return (double) elapsed / ops;
    }

    /** Records the batch's ns/op and the share of its wall time this thread was actually on a CPU. */
    private void timeBatch(Track track, int round) {
        long checksum = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (long i = 0; i < track.batchOps; i++) {
            checksum += invoke(track);
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        sink += checksum;
        track.nsPerOp[round] = (double) elapsed / track.batchOps;
        track.cpuShare[round] = cpuStart < 0 ? Double.NaN : (double) cpu / elapsed;
    }

    private int invoke(Track track) {
        try {
            return track.variant.operation().run(track.iteration++);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(track.variant.name() + " failed", e);
        }
    }

    /**
     * A variant's ratio is the median over rounds of its ns/op divided by its baseline's ns/op in the same round:
     * both ran seconds apart under the same load, so a busy machine shifts both and leaves the ratio alone.
     */
    private static List<Result> results(List<Group> groups, List<Track> tracks) {
        List<Result> results = new ArrayList<>();
        int index = 0;
        for (Group group : groups) {
            double[] baseline = tracks.get(index).nsPerOp;
            for (Variant variant : group.variants()) {
                Track track = tracks.get(index++);
                double[] ratios = new double[baseline.length];
                for (int round = 0; round < ratios.length; round++) {
                    ratios[round] = track.nsPerOp[round] / baseline[round];
                }
                results.add(new Result(
                        group.name(),
                        variant.name(),
                        variant == group.baseline(),
                        RoundStatistics.of(track.nsPerOp),
                        RoundStatistics.of(ratios),
                        RoundStatistics.of(track.cpuShare).median(),
                        track.batchOps));
            }
        }
        return results;
    }

    /** What the runner knows about one variant while it runs. */
    private static final class Track {
        private final Variant variant;
        private final double[] nsPerOp;
        private final double[] cpuShare;
        private long iteration;
        private long batchOps = 1;

        private Track(Variant variant, int rounds) {
            this.variant = variant;
            this.nsPerOp = new double[rounds];
            this.cpuShare = new double[rounds];
        }
    }
}

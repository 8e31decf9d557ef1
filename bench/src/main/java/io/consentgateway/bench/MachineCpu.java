package io.consentgateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's CPU time so far, all cores, from the first line of {@code /proc/stat} (in clock ticks): enough to say
 * how busy the machine was between two readings, whoever kept it busy (gateways, PostgreSQL, Kafka, the bench).
 */
record MachineCpu(long busy, long total) {

    static MachineCpu now() throws IOException {
        try (var lines = Files.lines(Path.of("/proc/stat"))) {
            return parse(lines.findFirst().orElseThrow());
        }
    }

    /** {@code cpu  user nice system idle iowait irq softirq steal ...}: idle and iowait are the time not busy. */
    static MachineCpu parse(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 5) {
            throw new IllegalArgumentException("Not the all-cores line of /proc/stat");
        }
        long total = 0;
        // guest times are already counted in user and nice
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + (fields.length > 5 ? Long.parseLong(fields[5]) : 0);
        return new MachineCpu(total - idle, total);
    }

    /** The share of all cores' time that was busy since {@code earlier}, 0 to 1. */
    double busyShareSince(MachineCpu earlier) {
        long elapsed = total - earlier.total;
        return elapsed == 0 ? 0 : (double) (busy - earlier.busy) / elapsed;
    }
}

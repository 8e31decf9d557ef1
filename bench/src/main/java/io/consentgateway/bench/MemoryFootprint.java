package io.consentgateway.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM's memory after a full GC: heap used and committed and metaspace used, from {@code jcmd <pid> GC.heap_info},
 * and the process's resident set from {@code /proc/<pid>/status}, in bytes.
 */
record MemoryFootprint(long heapUsed, long heapCommitted, long metaspaceUsed, long resident) {

    // G1: " garbage-first heap   total 1048576K, used 123456K [0x..., 0x...)"; the other collectors print the same
    private static final Pattern HEAP = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");
    private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K");
    private static final Pattern RESIDENT = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB");

    static MemoryFootprint parse(String heapInfo, String procStatus) {
        Matcher heap = HEAP.matcher(heapInfo);
        if (!heap.find()) {
            throw new IllegalArgumentException("No heap line in the output of GC.heap_info");
        }
        return new MemoryFootprint(
                kibibytes(heap.group(2)),
                kibibytes(heap.group(1)),
                find(METASPACE, heapInfo).map(MemoryFootprint::kibibytes).orElse(0L),
                find(RESIDENT, procStatus)
                        .map(MemoryFootprint::kibibytes)
                        .orElseThrow(() -> new IllegalArgumentException("No VmRSS line in /proc/<pid>/status")));
    }

    static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static long kibibytes(String count) {
        return Long.parseLong(count) * 1024;
    }
}

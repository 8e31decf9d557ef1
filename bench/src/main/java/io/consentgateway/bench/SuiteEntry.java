package io.consentgateway.bench;

import java.util.List;

/** One benchmark of the suite: its main class, its heap, and its arguments for the full and the quick run. */
record SuiteEntry(String name, String mainClass, String heap, List<String> fullArgs, List<String> quickArgs) {

    /**
     * Every benchmark, sized so the full suite stays within 30 minutes on 2 cores and the quick one within 3. The
     * full sizes are below the documents' where a benchmark alone would take longer (ingest: 100,000 records, not
     * 1,000,000; start-up: heap after 50,000 records, not 100,000; one round of segments); run a benchmark's own
     * script for the documents' sizes.
     */
    static List<SuiteEntry> all() {
        return List.of(
                new SuiteEntry("crypto", "io.consentgateway.bench.CryptoBench", "-Xmx512m", List.of(), List.of()),
                new SuiteEntry(
                        "ingest",
                        "io.consentgateway.bench.IngestBench",
                        "-Xmx2g",
                        List.of("--records", "100000", "--senders", "2"),
                        List.of("--senders", "2")),
                new SuiteEntry("read", "io.consentgateway.bench.ReadBench", "-Xmx2g", List.of(), List.of()),
                new SuiteEntry("deletion", "io.consentgateway.bench.DeletionBench", "-Xmx2g", List.of(), List.of()),
                new SuiteEntry(
                        "segments",
                        "io.consentgateway.bench.SegmentBench",
                        "-Xmx2g",
                        List.of("--rounds", "1"),
                        List.of()),
                new SuiteEntry(
                        "startup",
                        "io.consentgateway.bench.StartupBench",
                        "-Xmx1g",
                        List.of("--records", "50000"),
                        List.of()),
                new SuiteEntry("scale-out", "io.consentgateway.bench.ScaleOutBench", "-Xmx1g", List.of(), List.of()));
    }

    List<String> args(boolean quick) {
        return quick ? quickArgs : fullArgs;
    }
}

package io.consentgateway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Start-up and memory on the embedded defaults: the executable jar started as a process on a fresh data directory,
 * its time from process start to {@code /actuator/health/readiness} UP (the embedded PostgreSQL's initdb and start,
 * Flyway and the key store included), its heap after a full GC at ready and after ingesting N records over the API.
 * Baseline in the same run: {@link BareWebApp}, started the same way with the same JVM options.
 */
public final class StartupBench {

    private static final String BENCHMARK = "startup";
    private static final String BARE = "bare Spring Boot web app";
    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final int SENDERS = 2;

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        int records = BenchGateway.option(args, "--records", BenchGateway.quick(args) ? 2_000 : 100_000);
        int batch = BenchGateway.option(args, "--batch", 500);
        Path work = Files.createTempDirectory(Path.of("bench", "target"), "startup-");

        System.err.println("Starting the bare web app");
        Started bare;
        try (BenchProcess app =
                BenchProcess.mainClass(BareWebApp.class, JVM_OPTIONS, List.of(), work.resolve("bare.log"))) {
            bare = new Started(app.awaitReady(READY_TIMEOUT), app.memoryAfterFullGc());
        }

        System.err.printf("Starting the gateway on %s%n", work.resolve("data"));
        int postgresPort = BenchProcess.freePort();
        Started gateway;
        MemoryFootprint afterIngest;
        double recordsPerSecond;
        try (BenchProcess jar = BenchProcess.jar(
                BenchGateway.executableJar(),
                JVM_OPTIONS,
                List.of(
                        "--gateway.data-dir=" + work.resolve("data").toAbsolutePath(),
                        "--gateway.keys.password=bench-only",
                        // pinned only so the bench can see when the audit chain has caught up
                        "--gateway.embedded-postgres.port=" + postgresPort),
                work.resolve("gateway.log"))) {
            gateway = new Started(jar.awaitReady(READY_TIMEOUT), jar.memoryAfterFullGc());
            System.err.printf("Ingesting %,d records over the API%n", records);
            long started = System.nanoTime();
            long stored = ingest(new WebIngestClient(jar.port()), records, batch);
            awaitAuditChain(postgresPort);
            recordsPerSecond = records / ((System.nanoTime() - started) / 1e9);
            if (stored != records) {
                System.err.printf("Warning: %,d of %,d records stored%n", stored, records);
            }
            afterIngest = jar.memoryAfterFullGc();
        }

        List<Measurement> measurements = List.of(
                new Measurement(
                        BENCHMARK,
                        "time to ready",
                        "ms",
                        false,
                        millis(gateway.ready()),
                        BARE,
                        millis(bare.ready()),
                        ""),
                new Measurement(
                        BENCHMARK,
                        "heap used after full GC, at ready",
                        "MiB",
                        false,
                        MemoryFootprint.mebibytes(gateway.memory().heapUsed()),
                        BARE + " at ready",
                        MemoryFootprint.mebibytes(bare.memory().heapUsed()),
                        ""),
                new Measurement(
                        BENCHMARK,
                        "heap used after full GC, after ingest",
                        "MiB",
                        false,
                        MemoryFootprint.mebibytes(afterIngest.heapUsed()),
                        BARE + " at ready",
                        MemoryFootprint.mebibytes(bare.memory().heapUsed()),
                        ""),
                new Measurement(
                        BENCHMARK,
                        "JVM resident set, after ingest",
                        "MiB",
                        false,
                        MemoryFootprint.mebibytes(afterIngest.resident()),
                        BARE + " at ready",
                        MemoryFootprint.mebibytes(bare.memory().resident()),
                        ""));
        print(records, recordsPerSecond, bare, gateway, afterIngest, measurements);
        new MeasurementFile().writeIfAsked(args, measurements);
    }

    /** Time to ready and the memory after a full GC right then. */
    private record Started(Duration ready, MemoryFootprint memory) {}

    private static long ingest(WebIngestClient client, int records, int batch) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Long>> deliveries = new ArrayList<>();
            for (int from = 0; from < records; from += batch) {
                int first = from;
                int count = Math.min(batch, records - from);
                deliveries.add(senders.submit(() -> client.deliver(first, count)));
            }
            long stored = 0;
            for (Future<Long> delivery : deliveries) {
                stored += delivery.get();
            }
            return stored;
        } finally {
            senders.shutdownNow();
        }
    }

    /** The audit chain links the new rows in the background; memory is read once the gateway is idle again. */
    private static void awaitAuditChain(int postgresPort) throws InterruptedException {
        JdbcTemplate database = new JdbcTemplate(new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                "jdbc:postgresql://localhost:" + postgresPort + "/postgres",
                "postgres",
                ""));
        while (database.queryForObject("select count(*) from audit_pending", Long.class) > 0) {
            Thread.sleep(100);
        }
    }

    private static void print(
            int records,
            double recordsPerSecond,
            Started bare,
            Started gateway,
            MemoryFootprint afterIngest,
            List<Measurement> measurements) {
        System.out.printf(
                Locale.ROOT,
                "%nStart-up and memory: the gateway's exec jar on the embedded defaults (fresh data directory), then"
                        + " %,d records ingested, against a %s; both %s%n",
                records,
                BARE,
                String.join(" ", JVM_OPTIONS));
        System.out.printf(Locale.ROOT, "%-52s %12s %12s %8s%n", "", "gateway", "bare", "ratio");
        for (Measurement m : measurements) {
            System.out.printf(
                    Locale.ROOT,
                    "%-52s %12s %12s %8.2f%n",
                    m.measure() + ", " + m.unit(),
                    String.format(Locale.ROOT, "%,.0f", m.value()),
                    String.format(Locale.ROOT, "%,.0f", m.baseline()),
                    m.ratio());
        }
        System.out.printf(
                Locale.ROOT,
                "%-52s %12s %12s%n",
                "metaspace used at ready / after ingest, MiB",
                String.format(
                        Locale.ROOT,
                        "%.0f / %.0f",
                        MemoryFootprint.mebibytes(gateway.memory().metaspaceUsed()),
                        MemoryFootprint.mebibytes(afterIngest.metaspaceUsed())),
                String.format(
                        Locale.ROOT,
                        "%.0f",
                        MemoryFootprint.mebibytes(bare.memory().metaspaceUsed())));
        System.out.printf(
                Locale.ROOT,
                "Ingest: %,d records over the API in batches, %d senders, %.0f records/s including the audit chain."
                        + " The gateway's time to ready includes its embedded PostgreSQL (initdb and start); that"
                        + " server's own memory (a separate process) is in none of the figures.%n",
                records,
                SENDERS,
                recordsPerSecond);
        BenchGateway.printLoad();
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}

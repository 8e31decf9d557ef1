package io.consentgateway.bench;

import io.consentgateway.routes.channel.MemberChannelRoutes;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestSummary;
import io.consentgateway.routes.pipeline.OutcomeKind;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.camel.ProducerTemplate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Protected ingest against raw PostgreSQL {@code COPY} of the same rows into the same database, in the same run:
 * N member records through the channel route and the whole pipeline (screen, validate, consent, encrypt, blind
 * index, dedup, store with Envers, ledger, audit chain caught up), then the same rows in clear by {@code COPY} into
 * a table with only a primary key. Prints records/s for both and the ratio (the documents' goal: at least 0.5), and
 * where the time went: CPU of the gateway's JVM and of PostgreSQL per record ({@code --statistics}: Hibernate's
 * statement and query counts per record too).
 */
public final class IngestBench {

    private IngestBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = BenchGateway.quick(args);
        int records = BenchGateway.option(args, "--records", quick ? 2_000 : 100_000);
        int batch = BenchGateway.option(args, "--batch", 500);
        int senders = BenchGateway.option(args, "--senders", 1);
        boolean statistics = List.of(args).contains("--statistics");
        try (ConfigurableApplicationContext gateway =
                BenchGateway.start("ingest", "--spring.jpa.properties.hibernate.generate_statistics=" + statistics)) {
            ProducerTemplate producer = gateway.getBean(ProducerTemplate.class);
            DataSource owner = gateway.getBean("ownerDataSource", DataSource.class);
            JdbcTemplate database = new JdbcTemplate(owner);
            long postmaster = postmaster(database);
            deliver(producer, 0, 2_000, batch, senders);
            awaitChain(database);
            Statistics hibernate = gateway.getBean(EntityManagerFactory.class)
                    .unwrap(SessionFactory.class)
                    .getStatistics();
            hibernate.clear();
            double javaCpu = ProcessCpu.secondsOfTree(ProcessHandle.current().pid());
            double databaseCpu = ProcessCpu.secondsOfTree(postmaster);
            long started = System.nanoTime();
            long stored = deliver(producer, 2_000, records, batch, senders);
            awaitChain(database);
            double protectedSeconds = (System.nanoTime() - started) / 1e9;
            javaCpu = ProcessCpu.secondsOfTree(ProcessHandle.current().pid()) - javaCpu;
            databaseCpu = ProcessCpu.secondsOfTree(postmaster) - databaseCpu;
            double copySeconds = copy(owner, database, records);
            double gatewayRate = records / protectedSeconds;
            double copyRate = records / copySeconds;
            System.out.printf(
                    Locale.ROOT,
                    "%nIngest, %,d member records (%,d stored), batches of %d, %d sender(s)%n",
                    records,
                    stored,
                    batch,
                    senders);
            System.out.printf(Locale.ROOT, "%-44s %12s %10s%n", "", "records/s", "ratio");
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %12.0f %10s%n",
                    "COPY, plaintext, primary key only (baseline)",
                    copyRate,
                    "1.00");
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %12.0f %10.4f%n",
                    "protected pipeline incl. audit chain",
                    gatewayRate,
                    gatewayRate / copyRate);
            System.out.printf(
                    Locale.ROOT,
                    "per record: %.2f ms wall, %.2f ms gateway CPU, %.2f ms PostgreSQL CPU (2 cores: %.0f %% busy)%n",
                    protectedSeconds * 1e3 / records,
                    javaCpu * 1e3 / records,
                    databaseCpu * 1e3 / records,
                    (javaCpu + databaseCpu)
                            * 100
                            / (protectedSeconds * Runtime.getRuntime().availableProcessors()));
            if (statistics) {
                printStatistics(hibernate, records);
            }
            new MeasurementFile()
                    .writeIfAsked(
                            args,
                            List.of(new Measurement(
                                    "ingest",
                                    String.format(Locale.ROOT, "protected ingest, %,d records", records),
                                    "records/s",
                                    true,
                                    gatewayRate,
                                    "COPY of the same rows in clear",
                                    copyRate,
                                    "ratio >= 0.5")));
        }
    }

    private static double copy(DataSource owner, JdbcTemplate database, int records) throws SQLException, IOException {
        database.update("create table plain_member (source_id text primary key, name text, mobile text, province text,"
                + " city text)");
        String csv = csv(2_000, records);
        long copyStarted = System.nanoTime();
        try (Connection connection = owner.getConnection()) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy plain_member from stdin with (format csv)", new StringReader(csv));
        }
        return (System.nanoTime() - copyStarted) / 1e9;
    }

    /** The postmaster: parent of this connection's backend. */
    private static long postmaster(JdbcTemplate database) {
        long backend = database.queryForObject("select pg_backend_pid()", Long.class);
        return ProcessHandle.of(backend)
                .flatMap(ProcessHandle::parent)
                .map(ProcessHandle::pid)
                .orElse(backend);
    }

    private static void printStatistics(Statistics hibernate, int records) {
        System.out.printf(
                Locale.ROOT,
                "Hibernate per record: %.1f statements prepared, %.1f entity inserts, %.1f entity loads, %.1f queries,"
                        + " %.2f transactions, %.1f flushes; query plan cache %d hits / %d misses%n",
                hibernate.getPrepareStatementCount() / (double) records,
                hibernate.getEntityInsertCount() / (double) records,
                hibernate.getEntityLoadCount() / (double) records,
                hibernate.getQueryExecutionCount() / (double) records,
                hibernate.getTransactionCount() / (double) records,
                hibernate.getFlushCount() / (double) records,
                hibernate.getQueryPlanCacheHitCount(),
                hibernate.getQueryPlanCacheMissCount());
        for (String query : hibernate.getQueries()) {
            long count = hibernate.getQueryStatistics(query).getExecutionCount();
            if (count >= records / 2) {
                System.out.printf(Locale.ROOT, "  %.2f x %s%n", count / (double) records, query);
            }
        }
    }

    /** Batches of consecutive records, sent by {@code senders} threads at once as concurrent integrators would. */
    static long deliver(ProducerTemplate producer, int first, int count, int batch, int senders)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Long>> sent = new ArrayList<>();
            for (int from = first; from < first + count; from += batch) {
                int batchStart = from;
                int batchEnd = Math.min(from + batch, first + count);
                sent.add(pool.submit(() -> send(producer, batchStart, batchEnd)));
            }
            long stored = 0;
            for (Future<Long> batchSent : sent) {
                stored += batchSent.get();
            }
            return stored;
        } finally {
            pool.shutdown();
        }
    }

    private static long send(ProducerTemplate producer, int from, int to) {
        List<Map<String, Object>> payloads = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            payloads.add(BenchMembers.member(i));
        }
        IngestContext context = new IngestContext("web", "bench", "integrator", "bench-" + from, Instant.now());
        IngestSummary summary = producer.requestBody(
                MemberChannelRoutes.endpointOf("web"), new IngestBatch(context, payloads), IngestSummary.class);
        return summary.count(OutcomeKind.STORED);
    }

    private static String csv(int first, int count) {
        StringBuilder csv = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            Map<String, Object> member = BenchMembers.member(i);
            csv.append(member.get("sourceId"))
                    .append(',')
                    .append(member.get("name"))
                    .append(",+86")
                    .append(member.get("mobile"))
                    .append(',')
                    .append(member.get("province"))
                    .append(',')
                    .append(member.get("city"))
                    .append('\n');
        }
        return csv.toString();
    }

    /** The audit chain links every new revision and event in the background; the run is done when it has. */
    static void awaitChain(JdbcTemplate database) {
        while (database.queryForObject("select count(*) from audit_pending", Long.class) > 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

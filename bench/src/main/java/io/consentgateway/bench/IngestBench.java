package io.consentgateway.bench;

import io.consentgateway.routes.channel.MemberChannelRoutes;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestSummary;
import io.consentgateway.routes.pipeline.OutcomeKind;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.ProducerTemplate;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Protected ingest against raw PostgreSQL {@code COPY} of the same rows into the same database, in the same run:
 * N member records through the channel route and the whole pipeline (screen, validate, consent, encrypt, blind
 * index, dedup, store with Envers, ledger, audit chain caught up), then the same rows in clear by {@code COPY} into
 * a table with only a primary key. Prints records/s for both and the ratio (the documents' goal: at least 0.5).
 */
public final class IngestBench {

    private IngestBench() {}

    public static void main(String[] args) throws IOException, SQLException {
        int records = BenchGateway.option(args, "--records", 100_000);
        int batch = BenchGateway.option(args, "--batch", 500);
        try (ConfigurableApplicationContext gateway = BenchGateway.start("ingest")) {
            ProducerTemplate producer = gateway.getBean(ProducerTemplate.class);
            DataSource owner = gateway.getBean("ownerDataSource", DataSource.class);
            JdbcTemplate database = new JdbcTemplate(owner);
            deliver(producer, 0, 2_000, batch);
            awaitChain(database);
            long started = System.nanoTime();
            long stored = deliver(producer, 2_000, records, batch);
            awaitChain(database);
            double protectedSeconds = (System.nanoTime() - started) / 1e9;
            database.update(
                    "create table plain_member (source_id text primary key, name text, mobile text, province text,"
                            + " city text)");
            String csv = csv(2_000, records);
            long copyStarted = System.nanoTime();
            try (Connection connection = owner.getConnection()) {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy plain_member from stdin with (format csv)", new StringReader(csv));
            }
            double copySeconds = (System.nanoTime() - copyStarted) / 1e9;
            System.out.printf(
                    Locale.ROOT, "%nIngest, %,d member records (%,d stored), batches of %d%n", records, stored, batch);
            System.out.printf(Locale.ROOT, "%-44s %12s %10s%n", "", "records/s", "ratio");
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %12.0f %10s%n",
                    "COPY, plaintext, primary key only (baseline)",
                    records / copySeconds,
                    "1.00");
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %12.0f %10.3f%n",
                    "protected pipeline incl. audit chain",
                    records / protectedSeconds,
                    copySeconds / protectedSeconds);
        }
    }

    private static long deliver(ProducerTemplate producer, int first, int count, int batch) {
        long stored = 0;
        for (int from = first; from < first + count; from += batch) {
            List<Map<String, Object>> payloads = new ArrayList<>(batch);
            for (int i = from; i < Math.min(from + batch, first + count); i++) {
                payloads.add(BenchMembers.member(i));
            }
            IngestContext context = new IngestContext("web", "bench", "integrator", "bench-" + from, Instant.now());
            IngestSummary summary = producer.requestBody(
                    MemberChannelRoutes.endpointOf("web"), new IngestBatch(context, payloads), IngestSummary.class);
            stored += summary.count(OutcomeKind.STORED);
        }
        return stored;
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
    private static void awaitChain(JdbcTemplate database) {
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

package io.consentgateway.bench;

import com.nimbusds.jose.JOSEException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The masked read API under load: {@code GET /api/v1/subjects/{id}} (masked, the default view) for random stored
 * subjects, against the cheapest authenticated endpoint of the same gateway, {@code GET /api/v1/segments} with no
 * segments defined (an empty list from one query on an empty table), both through the same authentication filter
 * and permission check as the same caller (role {@code operations}). The difference is the read itself: the
 * restriction check, the subject and its sources loaded, its data key unwrapped, its fields decrypted and masked.
 * The load comes from a separate JVM ({@link LoadGenerator}) on loopback, closed-loop, the phases interleaved.
 *
 * <p>Usage: {@code bench/run-read [--subjects N] [--seconds N] [--connections N] [--rounds N] [--warm-up N]
 * [--realm keycloak|development] [--quick] [--report FILE]}; defaults 10,000 subjects, 30 s per phase in 3 rounds
 * after 30 s of warm-up over both, 16 connections, a stand-in Keycloak realm; {@code --quick} is 1,000 subjects,
 * 8 s per phase in 2 rounds after 10 s of warm-up.
 */
public final class ReadBench {

    static final String TRIVIAL_PATH = "/api/v1/segments";
    private static final String MASKED = "masked";
    private static final String TRIVIAL = "trivial";

    private ReadBench() {}

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException, JOSEException {
        boolean quick = BenchGateway.quick(args);
        int subjects = BenchGateway.option(args, "--subjects", quick ? 500 : 10_000);
        int seconds = BenchGateway.option(args, "--seconds", quick ? 6 : 30);
        int rounds = BenchGateway.option(args, "--rounds", quick ? 2 : 3);
        int connections = BenchGateway.option(args, "--connections", 16);
        // long enough for C2 to compile both request paths at a few hundred requests/s on 2 busy cores
        int warmUp = BenchGateway.option(args, "--warm-up", quick ? 6 : 30);
        boolean keycloak = !BenchGateway.textOption(args, "--realm", "keycloak").equals("development");

        try (BenchRealm realm = BenchRealm.start()) {
            List<String> settings = new ArrayList<>();
            if (keycloak) {
                settings.addAll(realm.gatewaySettings());
            }
            try (ConfigurableApplicationContext gateway =
                    BenchGateway.startServing("read", settings.toArray(String[]::new))) {
                JdbcTemplate database = new JdbcTemplate(gateway.getBean("ownerDataSource", DataSource.class));
                List<UUID> stored = seed(gateway.getBean(ProducerTemplate.class), database, subjects);
                String authorization = keycloak ? realm.authorization("operations", Duration.ofHours(2)) : demoLogin();
                Path work = Files.createTempDirectory(Path.of("bench", "target"), "read-load-");
                long auditRowsBefore = auditRows(database);
                List<LoadRound> measured = new LoadRun(work, BenchGateway.port(gateway), authorization)
                        .run(stored, connections, warmUp, seconds, rounds);
                long auditRows = auditRows(database) - auditRowsBefore;
                PhaseFigures trivial = PhaseFigures.of(TRIVIAL, measured);
                PhaseFigures masked = PhaseFigures.of(MASKED, measured);
                print(subjects, connections, keycloak, trivial, masked, auditRows);
                new MeasurementFile().writeIfAsked(args, measurements(trivial, masked));
            }
        }
    }

    private static List<UUID> seed(ProducerTemplate producer, JdbcTemplate database, int subjects)
            throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        IngestBench.deliver(producer, 0, subjects, 500, 2);
        IngestBench.awaitChain(database);
        List<UUID> stored = database.queryForList("select id from subject", UUID.class);
        System.err.printf(
                Locale.ROOT,
                "Seeded %,d subjects through the web channel route in %.0f s%n",
                stored.size(),
                (System.nanoTime() - started) / 1e9);
        if (stored.size() != subjects) {
            throw new IllegalStateException("expected " + subjects + " stored subjects, found " + stored.size());
        }
        return stored;
    }

    /** The development realm's demo user (password documented in README and application.yaml). */
    private static String demoLogin() {
        return "Basic "
                + Base64.getEncoder().encodeToString("operations:operations-demo".getBytes(StandardCharsets.UTF_8));
    }

    private static long auditRows(JdbcTemplate database) {
        return database.queryForObject("select count(*) from audit_event", Long.class);
    }

    private static void print(
            int subjects,
            int connections,
            boolean keycloak,
            PhaseFigures trivial,
            PhaseFigures masked,
            long auditRows) {
        System.out.printf(
                Locale.ROOT,
                "%nRead API under load: %,d stored subjects, %d connections, closed loop from a separate JVM on"
                        + " loopback, %s; medians of %d interleaved rounds%n",
                subjects,
                connections,
                keycloak ? "RS256 bearer tokens (stand-in Keycloak realm)" : "HTTP Basic (development realm, bcrypt)",
                masked.rounds());
        System.out.printf(Locale.ROOT, "%-52s %12s %9s %9s %8s%n", "", "requests/s", "p50 ms", "p99 ms", "ratio");
        System.out.printf(
                Locale.ROOT,
                "%-52s %12.0f %9.2f %9.2f %8s%n",
                "GET " + TRIVIAL_PATH + " (empty list; baseline)",
                trivial.requestsPerSecond(),
                trivial.p50Millis(),
                trivial.p99Millis(),
                "1.00");
        System.out.printf(
                Locale.ROOT,
                "%-52s %12.0f %9.2f %9.2f %8.2f%n",
                "GET /api/v1/subjects/{id} (masked)",
                masked.requestsPerSecond(),
                masked.p50Millis(),
                masked.p99Millis(),
                masked.requestsPerSecond() / trivial.requestsPerSecond());
        System.out.printf(
                Locale.ROOT,
                "ratio: masked requests/s ÷ baseline requests/s. Audit events written during the load: %d"
                        + " (only a full view is audited).%n",
                auditRows);
    }

    private static List<Measurement> measurements(PhaseFigures trivial, PhaseFigures masked) {
        String baseline = "GET " + TRIVIAL_PATH + " (authenticated, empty list)";
        return List.of(
                new Measurement(
                        "read",
                        "masked GET subject requests/s",
                        "requests/s",
                        true,
                        masked.requestsPerSecond(),
                        baseline,
                        trivial.requestsPerSecond(),
                        ""),
                new Measurement(
                        "read",
                        "masked GET subject p50 ms",
                        "ms",
                        false,
                        masked.p50Millis(),
                        baseline,
                        trivial.p50Millis(),
                        ""),
                new Measurement(
                        "read",
                        "masked GET subject p99 ms",
                        "ms",
                        false,
                        masked.p99Millis(),
                        baseline,
                        trivial.p99Millis(),
                        ""));
    }
}

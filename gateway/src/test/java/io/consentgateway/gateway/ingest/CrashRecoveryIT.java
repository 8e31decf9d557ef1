package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.consentgateway.gateway.testing.EmbeddedPostmaster;
import io.consentgateway.gateway.testing.GatewayProcess;
import io.consentgateway.gateway.testing.PosSalesFile;
import io.consentgateway.gateway.testing.WebBacklog;
import io.consentgateway.gateway.testing.WebMembers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Nothing lost, nothing twice: the real gateway (the executable jar, its own embedded PostgreSQL) is killed with
 * SIGKILL half-way through a large POS file and a Kafka backlog, then started again on the same data directory.
 * Every row and every member ends with one fate; what was stored before the kill comes back as a duplicate, never
 * as a second copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

    private static final String TOPIC = "consent-gateway.ingest";
    private static final String STORE = "SH901";
    private static final int POS_ROWS = 10_000;
    private static final int WEB_MESSAGES = 1_000;
    private static final int MEMBERS_PER_MESSAGE = 3;
    private static final int BROKEN_EVERY = 100;
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(6);

    private final Path work =
            Path.of("target", "crash-recovery", UUID.randomUUID().toString()).toAbsolutePath();
    private final Path dataDir = work.resolve("data");
    private final EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
    private GatewayProcess gateway;

    @BeforeAll
    void startKafka() {
        kafka.afterPropertiesSet();
    }

    @AfterAll
    void stopGatewayDatabaseAndKafka() throws InterruptedException {
        try {
            if (gateway != null) {
                gateway.close();
            }
            EmbeddedPostmaster.of(dataDir).ifPresent(EmbeddedPostmaster::crash);
        } finally {
            kafka.destroy();
        }
    }

    @Test
    void aGatewayKilledMidwayLosesNoRecordAndStoresNoneTwice() throws Exception {
        Instant began = Instant.now();
        PosSalesFile sales = PosSalesFile.write(work.resolve("staging"), STORE, POS_ROWS, BROKEN_EVERY, 901);
        WebBacklog backlog = WebBacklog.publish(
                kafka.getBrokersAsString(),
                TOPIC,
                new WebMembers(902, "crash-web"),
                WEB_MESSAGES,
                MEMBERS_PER_MESSAGE,
                BROKEN_EVERY / 2);
        sales.dropInto(dataDir.resolve("drop/pos"));

        gateway = start("gateway-1.log");
        Stored beforeKill = awaitMidway(backlog);
        crashGateway();
        gateway = start("gateway-2.log");
        JdbcTemplate database =
                new JdbcTemplate(EmbeddedPostmaster.of(dataDir).orElseThrow().ownerDataSource());
        await("the POS file done and every web member with an outcome")
                .atMost(RECOVERY_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> posFileDone()
                        && sourceIdsWithOutcome(database, "web")
                                == backlog.sourceIds().size());

        Set<String> posBroken = sales.brokenSourceIds();
        assertNothingLostNothingTwice(database, "pos", sales.sourceIds(), posBroken, Set.of());
        assertNothingLostNothingTwice(
                database, "web", backlog.sourceIds(), backlog.quarantinedSourceIds(), backlog.refusedSourceIds());
        assertThat(database.queryForObject("select count(*) from customer_order where channel = 'pos'", Long.class))
                .as("one order per stored POS row")
                .isEqualTo(POS_ROWS - posBroken.size());
        assertThat(duplicates("pos"))
                .as("the rows stored before the kill were read again from the file and recognised")
                .isGreaterThanOrEqualTo(beforeKill.pos());
        System.out.printf(
                "Crash test: killed with %d of %d POS rows and %d of %d web members stored; after the restart %d POS"
                        + " and %d web records came again as duplicates; %d s in all%n",
                beforeKill.pos(),
                POS_ROWS,
                beforeKill.web(),
                backlog.sourceIds().size(),
                duplicates("pos"),
                duplicates("web"),
                Duration.between(began, Instant.now()).toSeconds());
    }

    /** Records stored per channel as the stats report them. */
    private record Stored(long pos, long web) {}

    /** A count, not a clock, decides when to kill, so a faster machine still kills half-way. */
    private Stored awaitMidway(WebBacklog backlog) {
        await("a quarter of the POS file stored")
                .atMost(RECOVERY_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> stored("pos") >= POS_ROWS / 4);
        Stored stored = new Stored(stored("pos"), stored("web"));
        assertThat(stored.web())
                .as("the kill must land while the Kafka backlog is still being read; enlarge it if this machine"
                        + " reads Kafka much faster than files")
                .isBetween(1L, (long) backlog.storable() - 1);
        return stored;
    }

    private void crashGateway() throws InterruptedException {
        EmbeddedPostmaster postmaster = EmbeddedPostmaster.of(dataDir).orElseThrow();
        gateway.crash();
        // pg_ctl runs the embedded PostgreSQL as a daemon: it outlives the killed JVM, and the restart must cope
        assertThat(EmbeddedPostmaster.of(dataDir))
                .as("the killed gateway's database still running")
                .contains(postmaster);
    }

    private void assertNothingLostNothingTwice(
            JdbcTemplate database,
            String channel,
            List<String> sent,
            Set<String> quarantinedExpected,
            Set<String> refusedExpected) {
        JsonNode stats = stats(channel);
        assertThat(stats.path("received").asLong())
                .as("%s: received = stored + duplicate + quarantined + refused", channel)
                .isEqualTo(stats.path("stored").asLong()
                        + stats.path("duplicate").asLong()
                        + stats.path("quarantined").asLong()
                        + stats.path("refused").asLong());

        SourceFates fates = SourceFates.read(database, channel);
        Set<String> lost = new HashSet<>(sent);
        lost.removeAll(fates.withOutcome());
        assertThat(lost).as("%s: sent but without an outcome", channel).isEmpty();
        assertThat(fates.withOutcome())
                .as("%s: source ids with an outcome", channel)
                .hasSize(sent.size());
        assertThat(fates.storedMoreThanOnce()).as("%s: stored twice", channel).isEmpty();
        assertThat(fates.quarantinedMoreThanOnce())
                .as("%s: quarantined twice", channel)
                .isEmpty();
        assertThat(fates.duplicateNeverStored())
                .as("%s: duplicate of nothing stored", channel)
                .isEmpty();
        assertThat(fates.withMixedFates())
                .as("%s: stored and also quarantined or refused", channel)
                .isEmpty();
        assertThat(fates.quarantined()).as("%s: quarantined", channel).isEqualTo(quarantinedExpected);
        assertThat(fates.refused()).as("%s: refused", channel).isEqualTo(refusedExpected);
        assertThat(database.queryForObject(
                        "select count(*) from channel_source where channel = ?", Long.class, channel))
                .as("%s: one source link per stored record", channel)
                .isEqualTo(sent.size() - quarantinedExpected.size() - refusedExpected.size());
    }

    private GatewayProcess start(String logName) {
        return GatewayProcess.start(
                dataDir,
                "crash-test-keystore",
                work.resolve(logName),
                List.of(
                        "--gateway.file-drops.pos.poll-delay=200ms",
                        "--gateway.kafka.brokers=" + kafka.getBrokersAsString()));
    }

    private boolean posFileDone() throws IOException {
        Path done = dataDir.resolve("drop/pos/.done").resolve(STORE);
        if (!Files.isDirectory(done)) {
            return false;
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.anyMatch(file -> file.toString().endsWith(".csv"));
        }
    }

    private static long sourceIdsWithOutcome(JdbcTemplate database, String channel) {
        return database.queryForObject(
                "select count(distinct source_id) from ingest_outcome where channel = ?", Long.class, channel);
    }

    private long stored(String channel) {
        return stats(channel).path("stored").asLong();
    }

    private long duplicates(String channel) {
        return stats(channel).path("duplicate").asLong();
    }

    private JsonNode stats(String channel) {
        for (JsonNode stats :
                gateway.http().get(INTEGRATOR, "/api/v1/ingest/stats").body()) {
            if (stats.path("channel").asText().equals(channel)) {
                return stats;
            }
        }
        return MissingNode.getInstance();
    }
}

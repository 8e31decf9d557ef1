package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.samples.ChannelFile;
import io.consentgateway.samples.Outcome;
import io.consentgateway.samples.PayloadFile;
import io.consentgateway.samples.PosFile;
import io.consentgateway.samples.SampleData;
import io.consentgateway.samples.SampleSet;
import io.consentgateway.samples.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sample data set (every channel, with its deliberate broken records in known proportions) through the running
 * gateway: each file's records end exactly as expected.json says, and the data-quality report agrees.
 */
@GatewayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataIngestIT {

    private static final String PARTNER = "sample-partner";
    private final SampleSet samples = SampleData.generate(Settings.defaults().withCustomers(150));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${gateway.data-dir}")
    Path dataDir;

    private Instant started;

    @BeforeAll
    void ingestEverySampleFile() throws Exception {
        started = Instant.now();
        GatewayHttp gateway = new GatewayHttp(port);
        Reply registered = gateway.put(
                COMPLIANCE,
                "/api/v1/partners/" + PARTNER,
                Map.of(
                        "contractRef", "C-2026-samples",
                        "allowedPurposes", List.of("membership"),
                        "reviewedOn", LocalDate.now().minusDays(1).toString(),
                        "expiresOn", LocalDate.now().plusYears(1).toString()));
        assertThat(registered.status()).isBetween(200, 204);
        for (ChannelFile file : samples.channelFiles()) {
            Map<String, String> headers = file.channel().equals("partner") ? Map.of("X-Partner", PARTNER) : Map.of();
            Reply reply = gateway.call(
                    "POST",
                    INTEGRATOR.basicAuth(),
                    "/api/v1/ingest/" + file.channel(),
                    gateway.toJson(file.records()),
                    headers);
            assertThat(reply.status())
                    .as(file.path())
                    .isEqualTo(file.expectedOutcomes().containsKey(Outcome.REJECTED) ? 404 : 202);
        }
        Path drop = dataDir.resolve("drop");
        for (PosFile file : samples.posFiles()) {
            Path staged = Files.createTempFile(dataDir, "pos", ".tmp");
            Files.writeString(staged, file.csv(), StandardCharsets.UTF_8);
            Path target = drop.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        }
        long posRows =
                samples.posFiles().stream().mapToLong(PosFile::recordCount).sum();
        await().atMost(Duration.ofSeconds(90)).until(() -> outcomesSince("pos") >= posRows);
    }

    private long outcomesSince(String channel) {
        return jdbc.queryForObject(
                "select count(*) from ingest_outcome where channel = ? and recorded_at >= ?",
                Long.class,
                channel,
                java.sql.Timestamp.from(started));
    }

    private Map<Outcome, Integer> actualOutcomes(PayloadFile file) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<String> ids = sourceIds(file);
        for (Map<String, Object> row : jdbc.queryForList(
                "select outcome, count(*) as records from ingest_outcome where channel = ? and recorded_at >= ?"
                        + " and source_id = any (?) group by outcome",
                file.channel(),
                java.sql.Timestamp.from(started),
                ids.toArray(String[]::new))) {
            outcomes.put(
                    Outcome.valueOf(String.valueOf(row.get("outcome")).toUpperCase(java.util.Locale.ROOT)),
                    ((Number) row.get("records")).intValue());
        }
        return outcomes;
    }

    private static List<String> sourceIds(PayloadFile file) {
        if (file instanceof ChannelFile channelFile) {
            return channelFile.records().stream()
                    .map(record -> String.valueOf(record.get(file.idField())))
                    .distinct()
                    .toList();
        }
        PosFile pos = (PosFile) file;
        return pos.csv()
                .lines()
                .skip(1)
                .map(line -> line.split(",", -1))
                .map(columns -> columns[0] + ":" + columns[1])
                .distinct()
                .toList();
    }

    @Test
    void everySampleFileEndsExactlyAsItsManifestSays() {
        for (PayloadFile file : samples.files()) {
            if (file.expectedOutcomes().containsKey(Outcome.REJECTED)) {
                continue;
            }
            Map<Outcome, Integer> expected = new EnumMap<>(Outcome.class);
            file.expectedOutcomes().forEach((outcome, count) -> {
                if (count > 0) {
                    expected.put(outcome, count);
                }
            });
            assertThat(actualOutcomes(file)).as(file.path()).isEqualTo(expected);
        }
    }

    @Test
    void theDataQualityReportCountsWhatCleaningDidPerChannel() {
        JsonNode report = new GatewayHttp(port)
                .get(INTEGRATOR, "/api/v1/ingest/quality?since=" + started)
                .body();
        for (PayloadFile file : List.of(samples.channelFile("web.json"), samples.channelFile("taobao.json"))) {
            Map<Outcome, Integer> expected = file.expectedOutcomes();
            JsonNode channel = null;
            for (JsonNode row : report) {
                if (row.path("channel").asText().equals(file.channel())) {
                    channel = row;
                }
            }
            assertThat(channel).as(file.channel()).isNotNull();
            int stored = expected.getOrDefault(Outcome.STORED, 0);
            int quarantined = expected.getOrDefault(Outcome.QUARANTINED, 0);
            assertThat(channel.path("valid").asLong()
                            + channel.path("corrected").asLong())
                    .as(channel.toString())
                    .isEqualTo(stored);
            assertThat(channel.path("quarantined").asLong()).isEqualTo(quarantined);
            assertThat(channel.path("checked").asLong()).isEqualTo(stored + quarantined);
            assertThat(channel.path("acceptedShare").asDouble())
                    .isCloseTo((double) stored / (stored + quarantined), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(report.toString()).doesNotContain("+86").doesNotContain("\"13");
    }
}

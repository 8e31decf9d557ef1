package io.consentgateway.gateway.retention;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention purge on the running gateway. Expiry comes from orders placed years ago (order-fulfilment keeps data
 * three years after the latest order), so real purges judge now, as the API requires. The database is shared with
 * other test classes: every assertion is about this class's own customers.
 */
@GatewayIntegrationTest
class RetentionPurgeIT {

    private static final String RUNS = "/api/v1/retention/runs";
    /** 2021-03-01 12:00 Beijing: order-fulfilment's three years ran out on 2024-03-01. */
    private static final String LONG_AGO = "2021-03-01 12:00:00";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    RetentionSchedule schedule;

    private GatewayHttp gateway;
    private WebMembers members;
    private String run;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        run = "retention-" + UUID.randomUUID();
        members = new WebMembers(test.getDisplayName().hashCode(), run);
    }

    // PIPL Arts. 19 and 47(1): data kept past the retention of every purpose is erased, by crypto-shredding, as a
    // deletion request erases it; the purge and each erasure are in the audit trail with purpose "retention".
    @Test
    @Article({"19", "47"})
    void aCustomerWhoseOnlyPurposeIsPastRetentionIsErasedByAPurgeAndTheTrailSaysWhy() {
        String subjectId = customerWithAnOrderOn(members.aMember(), LONG_AGO);

        JsonNode purge = completed(start(Map.of("dryRun", false)));

        assertThat(purge.path("dryRun").asBoolean()).isFalse();
        assertThat(purge.path("purged").asLong()).as(purge.toString()).isGreaterThanOrEqualTo(1);
        assertThat(dataKeyDestroyed(subjectId)).as("data key destroyed").isTrue();
        JsonNode full = gateway.get(
                        ADMIN,
                        "/api/v1/subjects/" + subjectId + "?view=full",
                        Map.of("X-Access-Purpose", "retention-test"))
                .body();
        assertThat(full.path("erased").asBoolean()).as(full.toString()).isTrue();
        assertThat(full.path("mobile").asText()).isEqualTo("[erased]");
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_order where subject_id = ?::uuid", Integer.class, subjectId))
                .isZero();
        JsonNode trail = gateway.get(COMPLIANCE, "/api/v1/audit/events?subjectId=" + subjectId)
                .body();
        assertThat(trail.path("items").findValuesAsText("action")).contains("retention.purged");
        for (JsonNode event : trail.path("items")) {
            if ("retention.purged".equals(event.path("action").asText())) {
                assertThat(event.path("purpose").asText()).isEqualTo("retention");
                assertThat(event.path("actor").asText()).isEqualTo("compliance");
            }
        }
        String runId = purge.path("runId").asText();
        assertThat(jdbc.queryForList(
                        "select action from audit_event where purpose = 'retention' and detail like ?",
                        String.class,
                        "run " + runId + "%"))
                .containsExactlyInAnyOrder("retention.run-started", "retention.run-completed");
    }

    // PIPL Art. 19: while a consent is in force its purpose still needs the data, however old the orders.
    @Test
    @Article("19")
    void aCustomerWithAConsentInForceIsKeptThoughTheirOrdersArePastRetention() {
        Map<String, Object> member = members.aMember();
        String subjectId = gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(member))
                .body()
                .path("outcomes")
                .get(0)
                .path("subjectId")
                .asText();
        assertThat(customerWithAnOrderOn(member, LONG_AGO))
                .as("the order is the member's")
                .isEqualTo(subjectId);

        completed(start(Map.of("dryRun", false)));

        assertThat(dataKeyDestroyed(subjectId)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_order where subject_id = ?::uuid", Integer.class, subjectId))
                .isOne();
    }

    // PIPL Art. 47: records a law requires to keep are never purged while the hold is in force.
    @Test
    @Article({"19", "47"})
    void aCustomerUnderALegalHoldIsKeptPastRetention() {
        String subjectId = customerWithAnOrderOn(members.aMember(), LONG_AGO);
        assertThat(gateway.put(
                                COMPLIANCE,
                                "/api/v1/dsr/legal-holds/" + subjectId,
                                Map.of("basis", "E-Commerce Law Art. 31, order records"))
                        .status())
                .isEqualTo(204);

        JsonNode purge = completed(start(Map.of("dryRun", false)));

        assertThat(dataKeyDestroyed(subjectId)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from retention_expiry where run_id = ?::uuid and subject_id = ?::uuid",
                        Integer.class,
                        purge.path("runId").asText(),
                        subjectId))
                .isZero();
    }

    // PIPL Art. 19: compliance previews a purge; a dry run reports each candidate and what expired, changes nothing.
    @Test
    @Article("19")
    void aDryRunReportsTheCandidateWithWhatExpiredAndChangesNothing() {
        String subjectId = customerWithAnOrderOn(members.aMember(), LONG_AGO);
        String fresh = customerWithAnOrderOn(members.aMember(), "2026-11-01 12:00:00");

        JsonNode dryRun = completed(start(Map.of("dryRun", true)));

        assertThat(dryRun.path("purged").asLong()).isZero();
        assertThat(dataKeyDestroyed(subjectId)).isFalse();
        JsonNode candidate = candidate(dryRun, subjectId);
        assertThat(candidate).as(dryRun.toString()).isNotNull();
        assertThat(candidate.path("pastRetentionSince").asText()).isEqualTo("2024-03-01T04:00:00Z");
        assertThat(candidate.path("expired").get(0).path("purpose").asText()).isEqualTo("order-fulfilment");
        assertThat(candidate.path("expired").get(0).path("basis").asText()).isEqualTo("last-order");
        assertThat(dryRun.path("byBasis").path("last-order").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(candidate(dryRun, fresh)).as("ordered a month ago").isNull();

        JsonNode preview = completed(start(Map.of("dryRun", true, "asOf", "2030-01-01T00:00:00Z")));
        assertThat(preview.path("asOf").asText()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(jdbc.queryForList(
                        "select basis from retention_expiry where run_id = ?::uuid and subject_id = ?::uuid",
                        String.class,
                        preview.path("runId").asText(),
                        fresh))
                .as("past retention in 2030")
                .containsExactly("last-order");
        assertThat(dataKeyDestroyed(fresh)).isFalse();
    }

    // PIPL Art. 47(1): a purge judges now; another instant is for previews only.
    @Test
    @Article("19")
    void onlyADryRunMayJudgeAnotherInstant() {
        Reply refused = gateway.post(COMPLIANCE, RUNS, Map.of("dryRun", false, "asOf", "2030-01-01T00:00:00Z"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("asOf");
        assertThat(gateway.post(COMPLIANCE, RUNS, Map.of()).status())
                .as("dryRun is required")
                .isEqualTo(400);
    }

    // PIPL Art. 47(1): an interrupted purge continues after its checkpoint instead of starting over.
    @Test
    @Article("19")
    void anInterruptedPurgeContinuesFromItsCheckpointAndDoesNotReprocess() {
        List<String> expired = new ArrayList<>(List.of(
                customerWithAnOrderOn(members.aMember(), LONG_AGO),
                customerWithAnOrderOn(members.aMember(), LONG_AGO)));
        expired.sort(null);
        String before = expired.get(0);
        String after = expired.get(1);
        UUID interrupted = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update(
                "insert into retention_run (id, dry_run, as_of, state, requested_by, started_at, processed,"
                        + " last_subject_id) values (?, false, ?, 'running', 'schedule', ?, 7, ?::uuid)",
                interrupted,
                Timestamp.from(now),
                Timestamp.from(now),
                before);
        long remaining = jdbc.queryForObject("select count(*) from subject where id > ?::uuid", Long.class, before);

        Reply resumed = gateway.post(COMPLIANCE, RUNS, Map.of("dryRun", false));

        assertThat(resumed.body().path("runId").asText()).isEqualTo(interrupted.toString());
        JsonNode purge = completed(resumed);
        assertThat(purge.path("processed").asLong()).isEqualTo(7 + remaining);
        assertThat(dataKeyDestroyed(after)).as("after the checkpoint").isTrue();
        assertThat(dataKeyDestroyed(before))
                .as("at the checkpoint: done before the interruption")
                .isFalse();

        completed(start(Map.of("dryRun", false)));
        assertThat(dataKeyDestroyed(before)).as("the next purge").isTrue();
    }

    // PIPL Art. 19: an interrupted dry run continues on the next scheduled tick, after its checkpoint.
    @Test
    @Article("19")
    void anInterruptedDryRunContinuesFromItsCheckpointOnTheNextScheduledTick() {
        String subjectId = customerWithAnOrderOn(members.aMember(), LONG_AGO);
        UUID interrupted = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update(
                "insert into retention_run (id, dry_run, as_of, state, requested_by, started_at, processed,"
                        + " last_subject_id) values (?, true, ?, 'running', 'compliance', ?, 3, ?::uuid)",
                interrupted,
                Timestamp.from(now),
                Timestamp.from(now),
                subjectId);
        long remaining = jdbc.queryForObject("select count(*) from subject where id > ?::uuid", Long.class, subjectId);

        schedule.tick();

        JsonNode dryRun = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> gateway.get(COMPLIANCE, RUNS + "/" + interrupted).body(),
                        run -> "completed".equals(run.path("state").asText()));
        assertThat(dryRun.path("processed").asLong()).isEqualTo(3 + remaining);
        assertThat(candidate(dryRun, subjectId))
                .as("at the checkpoint: examined before")
                .isNull();
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        jdbc.queryForObject("select count(*) from retention_run where state = 'running'", Integer.class)
                                == 0);
        assertThat(dataKeyDestroyed(subjectId))
                .as("the tick's own purge as of now")
                .isTrue();
    }

    // PIPL Art. 19: customers past retention are a figure to watch (goal 0), without anything about a person.
    @Test
    @Article("19")
    void thePastDueGaugeCountsTheCustomersPastRetentionUntilThePurge() {
        customerWithAnOrderOn(members.aMember(), LONG_AGO);

        JsonNode status = gateway.get(COMPLIANCE, "/api/v1/retention/status").body();

        assertThat(status.path("pastRetention").asLong()).as(status.toString()).isGreaterThanOrEqualTo(1);
        assertThat(pastDueGauge()).isEqualTo(status.path("pastRetention").asDouble());
        assertThat(meters.get("gateway.retention.past-due.subjects")
                        .gauge()
                        .getId()
                        .getTags())
                .isEmpty();

        JsonNode purge = completed(start(Map.of("dryRun", false)));

        assertThat(pastDueGauge()).isZero();
        assertThat(gateway.get(COMPLIANCE, "/api/v1/retention/status")
                        .body()
                        .path("lastRun")
                        .path("runId")
                        .asText())
                .isEqualTo(purge.path("runId").asText());
        assertThat(gateway.get(INTEGRATOR, "/api/v1/retention/status").status()).isEqualTo(403);
    }

    private String customerWithAnOrderOn(Map<String, Object> member, String orderedAt) {
        Map<String, Object> trade = new HashMap<>();
        trade.put("tid", run + "-" + member.get("sourceId"));
        trade.put("receiver_name", member.get("name"));
        trade.put("receiver_mobile", member.get("mobile"));
        trade.put("payment", "59.90");
        trade.put("created", orderedAt);
        JsonNode receipt = gateway.post(INTEGRATOR, "/api/v1/ingest/taobao", List.of(trade))
                .body();
        assertThat(receipt.path("stored").asInt()).as(receipt.toString()).isOne();
        return receipt.path("outcomes").get(0).path("subjectId").asText();
    }

    private Reply start(Map<String, Object> body) {
        Reply started = gateway.post(COMPLIANCE, RUNS, body);
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
        return started;
    }

    private JsonNode completed(Reply started) {
        String runId = started.body().path("runId").asText();
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> gateway.get(COMPLIANCE, RUNS + "/" + runId).body(),
                        run -> "completed".equals(run.path("state").asText()));
    }

    private static JsonNode candidate(JsonNode run, String subjectId) {
        for (JsonNode candidate : run.path("candidates")) {
            if (subjectId.equals(candidate.path("subjectId").asText())) {
                return candidate;
            }
        }
        return null;
    }

    private boolean dataKeyDestroyed(String subjectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select wrapped_key is null from subject_key where subject_id = ?::uuid", Boolean.class, subjectId));
    }

    private double pastDueGauge() {
        return meters.get("gateway.retention.past-due.subjects").gauge().value();
    }
}

package io.consentgateway.gateway.report;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.PhoneRequests;
import io.consentgateway.gateway.testing.WebMembers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The daily activity report for compliance audits (PIPL Art. 54): what was received and how it ended, and the
 * data-subject requests, per Beijing calendar day. Other tests share the gateway, so counts are compared before and
 * after this test's own records, summed over the days around today (a run may cross midnight).
 */
@GatewayIntegrationTest
class ActivityReportIT {

    private static final String WEB = "/api/v1/ingest/web";
    private static final String REPORT = "/api/v1/reports/activity";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "activity-" + UUID.randomUUID());
    }

    // PIPL Art. 54: an audit sees every received record once, with how it ended.
    @Test
    void eachReceivedRecordCountsOnceUnderItsOutcome() {
        Map<String, Long> before = aroundToday("ingest");
        Map<String, Object> member = members.aMember();
        ingest(member, members.withoutConsent(), members.withBadCheckDigit());
        ingest(member);

        assertThat(delta(before, aroundToday("ingest")))
                .isEqualTo(Map.of("received", 4L, "stored", 1L, "duplicate", 1L, "quarantined", 1L, "refused", 1L));
    }

    // Same counting as GET /api/v1/ingest/stats: a replay takes the place of the quarantined outcome.
    @Test
    void aReplayedRecordCountsOnceWithItsFinalOutcome() {
        Map<String, Long> before = aroundToday("ingest");
        Map<String, Object> member = members.aMember();
        Map<String, Object> broken = new HashMap<>(member);
        String idNumber = (String) member.get("idNumber");
        broken.put("idNumber", idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0'));
        ingest(broken);
        assertThat(delta(before, aroundToday("ingest"))).containsEntry("quarantined", 1L);

        String entryId = gateway.get(INTEGRATOR, "/api/v1/quarantine?channel=web&sourceId=" + broken.get("sourceId"))
                .body()
                .path("items")
                .get(0)
                .path("entryId")
                .asText();
        Reply replayed = gateway.post(
                INTEGRATOR,
                "/api/v1/quarantine/" + entryId + "/replay",
                Map.of("fields", Map.of("idNumber", idNumber)));
        assertThat(replayed.status()).isEqualTo(200);

        assertThat(delta(before, aroundToday("ingest")))
                .isEqualTo(Map.of("received", 1L, "stored", 1L, "duplicate", 0L, "quarantined", 0L, "refused", 0L));
    }

    // PIPL Arts. 50 and 54: requests are counted on the day received and on the day they were answered.
    @Test
    void requestsCountOnTheDayReceivedAndOnTheDayCompletedOrRefused() {
        PhoneRequests desk = new PhoneRequests(gateway, jdbc);
        Map<String, Object> erased = members.aMember();
        String erasedSubject = ingest(erased).get(0);
        Map<String, Object> unverified = members.aMember();
        ingest(unverified);
        Map<String, Long> before = aroundToday("requests");

        desk.erase(erased.get("mobile"), erasedSubject);
        desk.refuseUnverified(desk.register("access", unverified.get("mobile")));

        assertThat(delta(before, aroundToday("requests")))
                .isEqualTo(Map.of("received", 2L, "completed", 1L, "refused", 1L));
    }

    @Test
    void everyDayOfTheRangeIsListedAlsoWithoutActivity() {
        Reply report = gateway.get(COMPLIANCE, REPORT + "?from=2021-02-25&to=2021-03-02");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().path("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(report.body().path("days").findValuesAsText("date"))
                .containsExactly("2021-02-25", "2021-02-26", "2021-02-27", "2021-02-28", "2021-03-01", "2021-03-02");
        report.body().path("days").forEach(day -> {
            assertThat(counts(day.path("ingest")))
                    .as(day.path("date").asText())
                    .containsOnlyKeys("received", "stored", "duplicate", "quarantined", "refused");
            assertThat(counts(day.path("ingest")).values()).containsOnly(0L);
            assertThat(counts(day.path("requests"))).isEqualTo(Map.of("received", 0L, "completed", 0L, "refused", 0L));
        });
    }

    @Test
    void withoutParametersTheReportCoversTheThirtyBeijingDaysEndingToday() {
        LocalDate today = LocalDate.now(BEIJING);
        List<String> days = gateway.get(COMPLIANCE, REPORT).body().path("days").findValuesAsText("date");

        assertThat(days).hasSize(30);
        assertThat(LocalDate.parse(days.get(29)))
                .as("the last day is today in Beijing")
                .isIn(today, today.plusDays(1));
        assertThat(LocalDate.parse(days.get(0)))
                .isEqualTo(LocalDate.parse(days.get(29)).minusDays(29));
        assertThat(gateway.get(COMPLIANCE, REPORT + "?to=2024-03-01")
                        .body()
                        .path("days")
                        .findValuesAsText("date"))
                .as("from defaults to 29 days before to")
                .startsWith("2024-02-01")
                .endsWith("2024-03-01");
    }

    @Test
    void aLeapYearIsAllowedButARangeOverAYearIsRefusedNamingTheParameter() {
        assertThat(gateway.get(COMPLIANCE, REPORT + "?from=2024-01-01&to=2024-12-31")
                        .body()
                        .path("days")
                        .size())
                .isEqualTo(366);

        Reply tooLong = gateway.get(COMPLIANCE, REPORT + "?from=2024-01-01&to=2025-01-01");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.body().path("field").asText()).isEqualTo("from");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedNamingTheParameter() {
        Reply backwards = gateway.get(COMPLIANCE, REPORT + "?from=2025-03-02&to=2025-03-01");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().path("field").asText()).isEqualTo("from");
    }

    @Test
    void aDayThatIsNotADateIsRefusedNamingTheParameter() {
        Reply notADate = gateway.get(COMPLIANCE, REPORT + "?to=2025-13-01");

        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body().path("field").asText()).isEqualTo("to");
    }

    /** @return the subject ids of the stored records */
    @SafeVarargs
    private List<String> ingest(Map<String, Object>... records) {
        Reply reply = gateway.post(INTEGRATOR, WEB, List.of(records));
        assertThat(reply.status()).isEqualTo(202);
        List<String> subjects = new ArrayList<>();
        reply.body()
                .path("outcomes")
                .forEach(outcome -> subjects.add(outcome.path("subjectId").asText()));
        return subjects;
    }

    /** The counts of one area ("ingest" or "requests") summed over yesterday, today and tomorrow in Beijing. */
    private Map<String, Long> aroundToday(String area) {
        LocalDate today = LocalDate.now(BEIJING);
        JsonNode days = gateway.get(COMPLIANCE, REPORT + "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                .body()
                .path("days");
        assertThat(days).hasSize(3);
        Map<String, Long> sums = new LinkedHashMap<>();
        days.forEach(day -> counts(day.path(area)).forEach((kind, n) -> sums.merge(kind, n, Long::sum)));
        return sums;
    }

    private static Map<String, Long> counts(JsonNode counts) {
        Map<String, Long> values = new LinkedHashMap<>();
        counts.fields()
                .forEachRemaining(
                        entry -> values.put(entry.getKey(), entry.getValue().asLong()));
        return values;
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new LinkedHashMap<>();
        after.forEach((kind, n) -> delta.put(kind, n - before.getOrDefault(kind, 0L)));
        return delta;
    }
}

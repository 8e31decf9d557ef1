package io.consentgateway.gateway.incident;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A personal information incident from record to notices: affected customers, both notices, timed and audited. */
@GatewayIntegrationTest
class BreachWorkflowIT {

    private static final List<String> ELEMENTS = List.of(
            "categories",
            "cause",
            "possibleHarm",
            "remedialMeasures",
            "individualMeasures",
            "handlerName",
            "handlerContact",
            "protectionOfficerContact");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect() {
        gateway = new GatewayHttp(port);
        members = new WebMembers(57, "breach-" + UUID.randomUUID());
    }

    // PIPL Art. 57: the handler must know whom a leak reached; customers stored in the incident's time range with
    // its fields are affected, those stored before or after are not.
    @Test
    @Article("57")
    void onlyCustomersStoredInsideTheRangeWithTheIncidentsFieldsAreAffected() {
        Window window = customersBeforeInsideAndAfter();
        String incidentId = record(window.from(), window.to(), List.of("mobile", "idNumber"), List.of("web"));

        JsonNode affected = gateway.post(
                        COMPLIANCE, "/api/v1/incidents/" + incidentId + "/affected-subjects/query", Map.of())
                .body();

        List<String> ids = texts(affected.path("subjectIds"));
        assertThat(ids).as("customers stored inside the range").containsAll(window.inside());
        assertThat(ids).as("customers stored outside the range").doesNotContainAnyElementsOf(window.outside());
        assertThat(affected.path("count").asLong()).isEqualTo(ids.size());
        assertThat(affected.path("sensitiveCount").asLong())
                .as("ID numbers are sensitive (Art. 28)")
                .isGreaterThanOrEqualTo(window.inside().size());
        JsonNode incident =
                gateway.get(COMPLIANCE, "/api/v1/incidents/" + incidentId).body();
        assertThat(incident.path("affectedCount").asLong()).isEqualTo(ids.size());
        assertThat(incident.path("assessedAt").isTextual()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from incident_affected_subject where incident_id = ?::uuid",
                        Long.class,
                        incidentId))
                .isEqualTo(ids.size());
    }

    // PIPL Art. 57: the regulator's notice names the categories, cause, possible harm, remedial measures, what
    // individuals can do and the handler's contact — every element in both languages, with counts and timeline.
    @Test
    @Article({"57", "52"})
    void theRegulatorNoticeCarriesEveryRequiredElementInBothLanguages() {
        Window window = customersBeforeInsideAndAfter();
        String incidentId = record(window.from(), window.to(), List.of("mobile", "idNumber"), List.of());

        Reply reply = gateway.post(COMPLIANCE, "/api/v1/incidents/" + incidentId + "/regulator-notice", Map.of());

        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        JsonNode notice = reply.body();
        for (String element : ELEMENTS) {
            for (String language : List.of("zh-CN", "en")) {
                assertThat(notice.path(element).path(language).asText())
                        .as("%s.%s", element, language)
                        .isNotBlank();
            }
        }
        JsonNode privacyNotice = gateway.getAnonymous("/api/v1/notices/current").body();
        assertThat(notice.path("handlerContact")).isEqualTo(privacyNotice.path("handlerContact"));
        assertThat(notice.path("protectionOfficerContact")).isEqualTo(privacyNotice.path("protectionOfficerContact"));
        assertThat(notice.path("categories").path("zh-CN").asText()).isEqualTo("手机号、身份证号");
        assertThat(notice.path("cause").path("en").asText()).isEqualTo("A misconfigured export bucket");
        assertThat(notice.path("audience").asText()).isEqualTo("regulator");
        assertThat(notice.path("kind").asText()).isEqualTo("leak");
        assertThat(notice.path("affectedCount").asLong())
                .isGreaterThanOrEqualTo(window.inside().size());
        assertThat(notice.path("timeline").path("occurredFrom").isTextual()).isTrue();
        assertThat(notice.path("timeline").path("assessedAt").isTextual())
                .as("assessed on demand")
                .isTrue();
        assertThat(gateway.get(COMPLIANCE, "/api/v1/incidents/" + incidentId)
                        .body()
                        .path("regulatorNotifiedAt")
                        .isTextual())
                .isTrue();
    }

    // PIPL Art. 57: every affected individual receives a notice with every element, through the notifier.
    @Test
    @Article("57")
    void individualNoticesReachTheOutboxOncePerAffectedCustomerWithEveryElement() {
        Window window = customersBeforeInsideAndAfter();
        String incidentId = record(window.from(), window.to(), List.of("mobile"), List.of("web"));

        JsonNode incident = gateway.post(
                        COMPLIANCE, "/api/v1/incidents/" + incidentId + "/individual-notices", Map.of())
                .body();

        List<String> affected = jdbc.queryForList(
                "select subject_id::text from incident_affected_subject where incident_id = ?::uuid",
                String.class,
                incidentId);
        assertThat(affected).containsAll(window.inside()).doesNotContainAnyElementsOf(window.outside());
        assertThat(incident.path("individualsNotifiedCount").asLong()).isEqualTo(affected.size());
        assertThat(incident.path("individualsNotifiedAt").isTextual()).isTrue();
        JsonNode privacyNotice = gateway.getAnonymous("/api/v1/notices/current").body();
        for (String subject : window.inside()) {
            List<String> messages = jdbc.queryForList(
                    "select message from notification_outbox where subject_id = ?::uuid and kind = 'incident-notice'",
                    String.class,
                    subject);
            assertThat(messages).as("notices to one affected customer").hasSize(1);
            assertThat(messages.get(0))
                    .contains("手机号", "mobile number")
                    .contains("导出存储桶配置错误", "A misconfigured export bucket")
                    .contains("可能被用于诈骗电话", "Fraud calls")
                    .contains("已关闭存储桶", "The bucket was closed")
                    .contains("警惕冒充客服的来电", "Be wary of calls")
                    .contains(privacyNotice.path("handlerContact").path("zh-CN").asText())
                    .contains(privacyNotice
                            .path("protectionOfficerContact")
                            .path("en")
                            .asText());
        }
        for (String subject : window.outside()) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification_outbox where subject_id = ?::uuid"
                                    + " and kind = 'incident-notice'",
                            Long.class,
                            subject))
                    .as("a customer outside the range")
                    .isZero();
        }
        assertThat(gateway.post(COMPLIANCE, "/api/v1/incidents/" + incidentId + "/individual-notices", Map.of())
                        .status())
                .as("notified once")
                .isEqualTo(409);
    }

    // PIPL Art. 57(2): individuals may go unnotified only where the measures avoid harm, a decision kept with its
    // reason; without one (or with a token one) it is refused, naming the reason.
    @Test
    @Article("57")
    void skippingTheIndividualsNoticeNeedsAReasonOfTwentyCharacters() {
        String incidentId = record(Instant.now().minusSeconds(60), Instant.now(), List.of("email"), List.of());
        String path = "/api/v1/incidents/" + incidentId + "/individual-notices";

        Reply noReason = gateway.post(COMPLIANCE, path, Map.of("skip", true));
        Reply shortReason = gateway.post(COMPLIANCE, path, Map.of("skip", true, "reason", "encrypted"));
        String reason = "The leaked file was encrypted with a key that was not exposed";
        Reply skipped = gateway.post(COMPLIANCE, path, Map.of("skip", true, "reason", reason));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("field").asText()).isEqualTo("reason");
        assertThat(shortReason.status()).isEqualTo(400);
        assertThat(shortReason.body().path("field").asText()).isEqualTo("reason");
        assertThat(skipped.status()).isEqualTo(200);
        assertThat(skipped.body().path("individualsSkipReason").asText()).isEqualTo(reason);
        assertThat(skipped.body().path("individualsSkippedAt").isTextual()).isTrue();
        assertThat(skipped.body().path("individualsNotifiedAt").isMissingNode()).isTrue();
        assertThat(gateway.post(COMPLIANCE, path, Map.of()).status())
                .as("the decision is taken once")
                .isEqualTo(409);
    }

    // PIPL Art. 57: "immediately" is checked against the record: each step has its time, the audit trail shows
    // them, and the incident closes once both notices are done.
    @Test
    @Article("57")
    void eachStepIsTimedAuditedAndTheIncidentClosesWhenBothNoticesAreDone() {
        String incidentId = record(Instant.now().minusSeconds(60), Instant.now(), List.of("name"), List.of());
        String base = "/api/v1/incidents/" + incidentId;

        gateway.post(COMPLIANCE, base + "/affected-subjects/query", Map.of());
        assertThat(gateway.get(COMPLIANCE, base).body().path("closedAt").isMissingNode())
                .as("open until both notices are done")
                .isTrue();
        gateway.post(COMPLIANCE, base + "/regulator-notice", Map.of());
        gateway.post(COMPLIANCE, base + "/individual-notices", Map.of());

        JsonNode incident = gateway.get(COMPLIANCE, base).body();
        List<Instant> steps = new ArrayList<>();
        for (String step : List.of("recordedAt", "assessedAt", "regulatorNotifiedAt", "individualsNotifiedAt")) {
            assertThat(incident.path(step).isTextual()).as(step).isTrue();
            steps.add(Instant.parse(incident.path(step).asText()));
        }
        assertThat(steps).as("steps in order").isSorted();
        assertThat(incident.path("closedAt").asText())
                .isEqualTo(incident.path("individualsNotifiedAt").asText());
        assertThat(StreamSupport.stream(
                                gateway.get(COMPLIANCE, "/api/v1/incidents")
                                        .body()
                                        .spliterator(),
                                false)
                        .map(node -> node.path("incidentId").asText()))
                .contains(incidentId);

        JsonNode trail = gateway.get(COMPLIANCE, "/api/v1/audit/events?purpose=incident-response&size=500")
                .body()
                .path("items");
        List<String> actions = StreamSupport.stream(trail.spliterator(), false)
                .filter(event -> event.path("detail").asText().startsWith("incident " + incidentId))
                .map(event -> event.path("action").asText() + " by "
                        + event.path("actor").asText())
                .toList();
        assertThat(actions)
                .containsExactlyInAnyOrder(
                        "incident.recorded by compliance",
                        "incident.assessed by compliance",
                        "incident.regulator-notified by compliance",
                        "incident.individuals-notified by compliance");
    }

    // PIPL Art. 57: an incident names catalogue fields and carries every notice text in both languages from the start
    @Test
    void recordingRefusesUnknownFieldsAndMissingTextsNamingThem() {
        Map<String, Object> unknownField = incident(Instant.now(), Instant.now(), List.of("mobile", "shoeSize"));
        Map<String, Object> noEnglish = incident(Instant.now(), Instant.now(), List.of("mobile"));
        noEnglish.put("possibleHarm", Map.of("zh-CN", "可能被用于诈骗电话"));

        Reply unknown = gateway.post(COMPLIANCE, "/api/v1/incidents", unknownField);
        Reply untranslated = gateway.post(COMPLIANCE, "/api/v1/incidents", noEnglish);

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("field").asText()).isEqualTo("fields[1]");
        assertThat(untranslated.status()).isEqualTo(400);
        assertThat(untranslated.body().path("field").asText()).isEqualTo("possibleHarm.en");
        assertThat(gateway.post(
                                OPERATIONS,
                                "/api/v1/incidents",
                                incident(Instant.now(), Instant.now(), List.of("mobile")))
                        .status())
                .isEqualTo(403);
    }

    private record Window(Instant from, Instant to, List<String> inside, List<String> outside) {}

    /** Two customers stored before the window, two inside and two after it. */
    private Window customersBeforeInsideAndAfter() {
        List<String> outside = new ArrayList<>(ingest(2));
        Instant from = Instant.now();
        List<String> inside = ingest(2);
        Instant to = Instant.now();
        outside.addAll(ingest(2));
        return new Window(from, to, inside, outside);
    }

    private List<String> ingest(int count) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(members.aMember());
        }
        Reply reply = gateway.post(INTEGRATOR, "/api/v1/ingest/web", batch);
        assertThat(reply.status()).isEqualTo(202);
        List<String> ids = new ArrayList<>();
        reply.body().path("outcomes").forEach(outcome -> {
            assertThat(outcome.path("outcome").asText()).isEqualTo("stored");
            ids.add(outcome.path("subjectId").asText());
        });
        return ids;
    }

    private String record(Instant from, Instant to, List<String> fields, List<String> channels) {
        Map<String, Object> incident = incident(from, to, fields);
        if (!channels.isEmpty()) {
            incident.put("channels", channels);
        }
        Reply reply = gateway.post(COMPLIANCE, "/api/v1/incidents", incident);
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        assertThat(reply.body().path("recordedAt").isTextual()).isTrue();
        return reply.body().path("incidentId").asText();
    }

    private static Map<String, Object> incident(Instant from, Instant to, List<String> fields) {
        Map<String, Object> incident = new HashMap<>();
        incident.put("title", "Export bucket readable from the internet");
        incident.put("discoveredAt", Instant.now().toString());
        incident.put("occurredFrom", from.toString());
        incident.put("occurredTo", to.toString());
        incident.put("kind", "leak");
        incident.put("fields", fields);
        incident.put("cause", Map.of("zh-CN", "导出存储桶配置错误", "en", "A misconfigured export bucket"));
        incident.put("possibleHarm", Map.of("zh-CN", "可能被用于诈骗电话", "en", "Fraud calls using the leaked numbers"));
        incident.put(
                "remedialMeasures",
                Map.of("zh-CN", "已关闭存储桶并轮换访问密钥", "en", "The bucket was closed and its access keys rotated"));
        incident.put(
                "individualMeasures",
                Map.of("zh-CN", "警惕冒充客服的来电，勿透露验证码", "en", "Be wary of calls claiming to be our service desk"));
        return incident;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}

package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ANALYST;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@GatewayIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IngestAndReadIT {

    private static final String WEB = "/api/v1/ingest/web";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "it-" + UUID.randomUUID());
    }

    private JsonNode ingest(List<Map<String, Object>> batch) {
        Reply reply = gateway.post(INTEGRATOR, WEB, batch);
        assertThat(reply.status()).as("ingest status").isEqualTo(202);
        return reply.body();
    }

    private String storedSubjectOf(Map<String, Object> member) {
        JsonNode outcome = ingest(List.of(member)).path("outcomes").get(0);
        assertThat(outcome.path("outcome").asText()).isEqualTo("stored");
        return outcome.path("subjectId").asText();
    }

    // PIPL Art. 13 (no basis, nothing stored) and the gateway's rule: every record that enters is accounted for.
    @Test
    @Article({"8", "13"})
    void mixedBatchEndsEachRecordInExactlyOneOutcome() {
        Map<String, Object> first = members.aMember();
        Map<String, Object> second = members.aMember();
        List<Map<String, Object>> batch = List.of(
                first,
                second,
                first,
                members.withBadCheckDigit(),
                members.withoutConsent(),
                members.samePersonAgain(second));
        JsonNode before = webStats();

        JsonNode receipt = ingest(batch);

        assertThat(receipt.path("received").asLong()).isEqualTo(6);
        assertThat(receipt.path("stored").asLong()).as("two new, one merged").isEqualTo(3);
        assertThat(receipt.path("duplicate").asLong()).isEqualTo(1);
        assertThat(receipt.path("quarantined").asLong()).isEqualTo(1);
        assertThat(receipt.path("refused").asLong()).isEqualTo(1);
        JsonNode outcomes = receipt.path("outcomes");
        assertThat(outcomes.get(2).path("subjectId")).isEqualTo(outcomes.get(0).path("subjectId"));
        assertThat(outcomes.get(3).path("reason").asText()).isEqualTo("check-digit-mismatch:idNumber");
        assertThat(outcomes.get(4).path("reason").asText()).isEqualTo("consent-missing:membership");
        assertThat(outcomes.get(5).path("subjectId"))
                .as("the same person under another source id merges into one subject")
                .isEqualTo(outcomes.get(1).path("subjectId"));

        JsonNode after = webStats();
        for (String count : List.of("received", "stored", "duplicate", "quarantined", "refused")) {
            assertThat(after.path(count).asLong() - before.path(count).asLong())
                    .as("stats delta of %s", count)
                    .isEqualTo(receipt.path(count).asLong());
        }
        assertThat(after.path("received").asLong())
                .isEqualTo(after.path("stored").asLong()
                        + after.path("duplicate").asLong()
                        + after.path("quarantined").asLong()
                        + after.path("refused").asLong());
    }

    // PIPL Art. 13: a record refused for lack of consent leaves nothing about the person behind.
    @Test
    @Article("13")
    void refusedRecordLeavesNoTraceOfThePerson() {
        Map<String, Object> refused = members.withoutConsent();
        ingest(List.of(refused));
        assertThat(jdbc.queryForObject(
                        "select count(*) from channel_source where source_id = ?", Long.class, refused.get("sourceId")))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from quarantined_record where source_id = ?",
                        Long.class,
                        refused.get("sourceId")))
                .isZero();
    }

    @Test
    void quarantinedRecordIsKeptSealedWithItsReason() {
        Map<String, Object> bad = members.withBadCheckDigit();
        ingest(List.of(bad));
        Map<String, Object> row = jdbc.queryForMap(
                "select reason, sealed_payload from quarantined_record where source_id = ?", bad.get("sourceId"));
        assertThat(row.get("reason")).isEqualTo("check-digit-mismatch:idNumber");
        assertThat(new String((byte[]) row.get("sealed_payload"), StandardCharsets.ISO_8859_1))
                .as("sealed payload holds no clear mobile")
                .doesNotContain((String) bad.get("mobile"));
    }

    // GB/T 35273 display limits: operations sees 张* / 138****1234 / 110101********1234.
    @Test
    @Article({"4/73", "51"})
    void operationsReadsMaskedFields() {
        Map<String, Object> member = members.aMember();
        String subjectId = storedSubjectOf(member);

        Reply reply = gateway.get(OPERATIONS, "/api/v1/subjects/" + subjectId);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.cookies())
                .as("a stateless API sets no cookie, not even rememberMe=deleteMe")
                .isEmpty();
        JsonNode view = reply.body();
        String mobile = (String) member.get("mobile");
        String id = (String) member.get("idNumber");
        String name = (String) member.get("name");
        assertThat(view.path("view").asText()).isEqualTo("masked");
        assertThat(view.path("mobile").asText()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(view.path("idNumber").asText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(view.path("name").asText()).startsWith(name.substring(0, 1)).endsWith("*");
        assertThat(view.path("birthDate").asText()).isEqualTo(id.substring(6, 10));
    }

    // GB/T 35273: the address is shown to district level, the email by its first character and domain.
    @Test
    void addressAndEmailAreStoredEncryptedAndShownMasked() {
        Map<String, Object> member = members.aMember();
        member.remove("province");
        member.remove("city");
        member.put("address", "广东深圳南山区科技园路1号");
        member.put("email", "member@example.com");
        String subjectId = storedSubjectOf(member);

        JsonNode masked =
                gateway.get(OPERATIONS, "/api/v1/subjects/" + subjectId).body();
        assertThat(masked.path("address").asText()).isEqualTo("广东省深圳市南山区****");
        assertThat(masked.path("email").asText()).isEqualTo("m***@example.com");
        assertThat(masked.path("district").asText()).isEqualTo("南山区");
        JsonNode full = gateway.get(
                        ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "support"))
                .body();
        assertThat(full.path("address").asText()).isEqualTo("广东省深圳市南山区科技园路1号");
    }

    // PIPL Arts. 5-6: a field the channel's purposes do not list is not collected.
    @Test
    @Article("5-7")
    void aFieldOutsideTheChannelsPurposesQuarantinesTheRecord() {
        Map<String, Object> member = members.aMember();
        member.put("bankCard", "6222020200001234567");
        Map<String, Object> unknown = members.aMember();
        unknown.put("religion", "x");

        JsonNode outcomes = ingest(List.of(member, unknown)).path("outcomes");

        assertThat(outcomes.get(0).path("reason").asText()).isEqualTo("field-not-permitted:bankCard");
        assertThat(outcomes.get(1).path("reason").asText()).isEqualTo("unclassified-field:religion");
    }

    // PIPL Art. 51: full view only for a permitted role with a declared purpose.
    @Test
    @Article("51")
    void adminReadsFullFieldsForADeclaredPurpose() {
        Map<String, Object> member = members.aMember();
        String subjectId = storedSubjectOf(member);

        Reply reply = gateway.get(
                ADMIN,
                "/api/v1/subjects/" + subjectId + "?view=full",
                Map.of("X-Access-Purpose", "customer-service-callback"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("mobile").asText()).isEqualTo("+86" + member.get("mobile"));
        assertThat(reply.body().path("idNumber").asText()).isEqualTo(member.get("idNumber"));
        assertThat(reply.body().path("name").asText()).isEqualTo(member.get("name"));
    }

    @Test
    void fullViewWithoutADeclaredPurposeIsRejectedNamingTheHeader() {
        String subjectId = storedSubjectOf(members.aMember());
        Reply reply = gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("field").asText()).isEqualTo("X-Access-Purpose");
    }

    @Test
    @Article("51")
    void fullViewWithoutThePermissionIsForbidden() {
        String subjectId = storedSubjectOf(members.aMember());
        Reply reply = gateway.get(
                OPERATIONS, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "curiosity"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rolesWithoutTheOperationsPermissionAreForbidden() {
        String subjectId = storedSubjectOf(members.aMember());
        assertThat(gateway.get(INTEGRATOR, "/api/v1/subjects/" + subjectId).status())
                .isEqualTo(403);
        assertThat(gateway.get(ANALYST, "/api/v1/subjects/" + subjectId).status())
                .isEqualTo(403);
        assertThat(gateway.post(OPERATIONS, WEB, List.of(members.aMember())).status())
                .isEqualTo(403);
    }

    @Test
    void callersWithoutValidCredentialsGet401ProblemJson() {
        for (String authorization :
                new String[] {null, "Basic " + "admin:wrong", "Basic YWRtaW46d3Jvbmc=", "Bearer x"}) {
            Reply reply = gateway.withAuthorization(authorization, "/api/v1/ingest/stats");
            assertThat(reply.status()).as("authorization %s", authorization).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().path("requestId").asText()).isEqualTo(reply.requestId());
        }
    }

    @Test
    void unparseableBodyIsRejectedNamingTheBody() {
        Reply reply = gateway.postRaw(INTEGRATOR, WEB, "[{\"sourceId\": \"x\",");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("field").asText()).isEqualTo("body");
        assertThat(reply.body().path("detail").asText()).contains("line 1");
    }

    @Test
    void bodyThatIsNotAnArrayIsRejectedSayingSo() {
        Reply reply = gateway.postRaw(INTEGRATOR, WEB, "{\"sourceId\": \"x\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("detail").asText()).contains("JSON array");
    }

    @Test
    void unknownChannelIsNotFoundNamingTheChannel() {
        Reply reply = gateway.post(INTEGRATOR, "/api/v1/ingest/fax", List.of());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().path("field").asText()).isEqualTo("channel");
    }

    @Test
    void malformedSubjectIdIsRejectedNamingTheParameter() {
        Reply reply = gateway.get(OPERATIONS, "/api/v1/subjects/1%27%20or%20%271%27%3D%271");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("subjectId");
    }

    @Test
    void pathTraversalAndInjectionInIdsGetAProblemNotAPage() {
        for (String id :
                List.of("..%2F..%2Fetc%2Fpasswd", "..;/..;/admin", "%00", "1%27%3B%20drop%20table%20subject")) {
            Reply reply = gateway.get(OPERATIONS, "/api/v1/subjects/" + id);
            assertThat(reply.status()).as("id %s", id).isBetween(400, 499);
            assertThat(reply.contentType()).as("id %s", id).startsWith("application/problem+json");
            assertThat(reply.body().toString()).doesNotContain("Exception").doesNotContain("at io.");
        }
    }

    @Test
    void anOversizedAuthorizationHeaderGetsA401Problem() {
        Reply reply = gateway.withAuthorization("Basic " + "A".repeat(10_240), "/api/v1/ingest/stats");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    // PIPL Art. 51 (encryption) and Cybersecurity Law Art. 21: every change is a revision with its actor.
    @Test
    void everyStoredSubjectHasAnEnversRevisionWithActorChannelPurposeAndRequestId() {
        Reply reply = gateway.post(INTEGRATOR, WEB, List.of(members.aMember()));
        String subjectId =
                reply.body().path("outcomes").get(0).path("subjectId").asText();

        Map<String, Object> revision = jdbc.queryForMap(
                "select r.actor, r.channel, r.purpose, r.request_id from subject_aud a"
                        + " join audit_revision r on r.id = a.rev where a.id = ?::uuid",
                subjectId);

        assertThat(revision.get("actor")).isEqualTo("integrator");
        assertThat(revision.get("channel")).isEqualTo("web");
        assertThat((String) revision.get("purpose")).contains("membership");
        assertThat(revision.get("request_id")).isEqualTo(reply.requestId());
    }

    // PIPL Art. 51: personal information is encrypted at rest; no column of any table holds it in clear.
    @Test
    @Article("51")
    void noTableHoldsPlaintextMobileIdNumberOrName() {
        List<Map<String, Object>> stored = List.of(members.aMember(), members.aMember(), members.withBadCheckDigit());
        ingest(stored);

        List<Map<String, Object>> columns =
                jdbc.queryForList("select table_name, column_name, data_type from information_schema.columns"
                        + " where table_schema = 'public'"
                        + " and data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')");
        assertThat(columns).hasSizeGreaterThan(10);
        for (Map<String, Object> person : stored) {
            for (String field : List.of("mobile", "idNumber", "name")) {
                String value = (String) person.get(field);
                for (Map<String, Object> column : columns) {
                    assertThat(occurrences(column, value))
                            .as("clear %s found in %s.%s", field, column.get("table_name"), column.get("column_name"))
                            .isZero();
                }
            }
        }
    }

    private long occurrences(Map<String, Object> column, String value) {
        String table = "\"" + column.get("table_name") + "\"";
        String name = "\"" + column.get("column_name") + "\"";
        String condition = "bytea".equals(column.get("data_type"))
                ? "position(convert_to(?, 'UTF8') in " + name + ") > 0"
                : "strpos(" + name + "::text, ?) > 0";
        return jdbc.queryForObject("select count(*) from " + table + " where " + condition, Long.class, value);
    }

    // Sensitive data never appears in logs, even when records are invalid or refused.
    @Test
    void noPersonalDataReachesTheLogs(CapturedOutput output) {
        List<Map<String, Object>> batch =
                List.of(members.aMember(), members.withBadCheckDigit(), members.withoutConsent());
        String subjectId =
                ingest(batch).path("outcomes").get(0).path("subjectId").asText();
        gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "log-check"));

        for (Map<String, Object> person : batch) {
            for (String field : List.of("mobile", "idNumber", "name")) {
                assertThat(output.getAll().contains((String) person.get(field)))
                        .as("clear %s in the log output", field)
                        .isFalse();
            }
        }
    }

    private JsonNode webStats() {
        Reply reply = gateway.get(INTEGRATOR, "/api/v1/ingest/stats");
        assertThat(reply.status()).isEqualTo(200);
        for (JsonNode channel : reply.body()) {
            if ("web".equals(channel.path("channel").asText())) {
                return channel;
            }
        }
        return new ObjectMapper().createObjectNode();
    }
}

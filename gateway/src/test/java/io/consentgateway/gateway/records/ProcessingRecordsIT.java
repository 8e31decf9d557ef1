package io.consentgateway.gateway.records;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.CUSTOMER;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.DemoCustomer;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Impact assessments, purposes in operation and the record of processing activities. The gateway is shared with
 * other test classes: every purpose this class switches off is switched on again before the test ends, and
 * assertions look at this class's own assessments by reference.
 */
@GatewayIntegrationTest
class ProcessingRecordsIT {

    private static final String RECORDS = "/api/v1/processing-records";
    private static final String ASSESSMENTS = "/api/v1/assessments";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private GatewayHttp gateway;
    private String run;

    @BeforeEach
    void connect() {
        gateway = new GatewayHttp(port);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    // PIPL Art. 55: purposes with sensitive PI, automated decisions, provision or transfer abroad need an assessment;
    // the development defaults ship one per such purpose, labelled, so what worked before keeps working.
    @Test
    @Article("55-56")
    void purposesNeedingAnAssessmentShipActiveWithALabelledDevelopmentAssessment() {
        Map<String, JsonNode> rows = recordsAsJson();
        for (String purpose :
                List.of("membership", "sensitive-pi", "personalised-recommendation", "third-party-provision")) {
            JsonNode row = rows.get(purpose);
            assertThat(row.path("assessmentRequired").asBoolean()).as(purpose).isTrue();
            assertThat(row.path("active").asBoolean()).as(purpose).isTrue();
            assertThat(row.path("assessment").path("reference").asText())
                    .as(purpose)
                    .isEqualTo("DEVELOPMENT-ASSESSMENT-" + purpose);
        }
        for (String purpose : List.of("order-fulfilment", "marketing", "analytics")) {
            assertThat(rows.get(purpose).path("assessmentRequired").asBoolean())
                    .as(purpose)
                    .isFalse();
            assertThat(rows.get(purpose).path("active").asBoolean()).as(purpose).isTrue();
        }
    }

    // PIPL Art. 55: no processing before an approving assessment; a rejection neither allows nor keeps it.
    @Test
    @Article("55-56")
    void purposeCannotBeActivatedAfterARejectedAssessmentUntilAnApprovalIsRecorded() {
        assertThat(assess("cross-border", "rejected", null).status()).isEqualTo(201);
        JsonNode row = recordsAsJson().get("cross-border");
        assertThat(row.path("active").asBoolean()).isFalse();
        assertThat(row.path("inactiveReason").asText()).isEqualTo("assessment-rejected");

        Reply refused = gateway.post(COMPLIANCE, activation("cross-border"), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().path("field").asText()).isEqualTo("assessment");

        Reply approved = assess("cross-border", "approved-with-measures", "transfer only under the standard contract");
        assertThat(approved.status()).isEqualTo(201);
        assertThat(recordsAsJson().get("cross-border").path("inactiveReason").asText())
                .as("an approval alone does not activate")
                .isEqualTo("deactivated");

        Reply activated = gateway.post(COMPLIANCE, activation("cross-border"), Map.of());
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.body().path("active").asBoolean()).isTrue();
        assertThat(activated.body().path("triggers").toString()).contains("cross-border");
        assertThat(recordsAsJson()
                        .get("cross-border")
                        .path("assessment")
                        .path("reference")
                        .asText())
                .isEqualTo("PIA-" + run + "-approved-with-measures");
    }

    // PIPL Art. 55: an inactive purpose's processing is refused, named like the consent refusals.
    @Test
    @Article({"55-56", "13"})
    void ingestForAnInactivePurposeIsRefusedByName() {
        WebMembers members = new WebMembers(5556, "records-" + run);
        try {
            Reply deactivated = gateway.call("DELETE", COMPLIANCE.basicAuth(), activation("sensitive-pi"), null);
            assertThat(deactivated.status()).isEqualTo(200);
            assertThat(deactivated.body().path("inactiveReason").asText()).isEqualTo("deactivated");
            assertThat(onlyOutcome(members.aMember())).isEqualTo("refused:purpose-inactive:sensitive-pi");
        } finally {
            assertThat(gateway.post(COMPLIANCE, activation("sensitive-pi"), Map.of())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(onlyOutcome(members.aMember())).isEqualTo("stored:");
    }

    // PIPL Art. 55: a purpose not in operation takes no consent, from the portal either; withdrawing always works.
    @Test
    @Article("55-56")
    void aCustomerCannotConsentToAPurposeNotInOperationButCanWithdraw() {
        DemoCustomer.subject(gateway, new WebMembers(5557, "records-consent-" + run));
        int notice = gateway.getAnonymous("/api/v1/notices/current")
                .body()
                .path("version")
                .asInt();
        try {
            assertThat(gateway.call("DELETE", COMPLIANCE.basicAuth(), activation("personalised-recommendation"), null)
                            .status())
                    .isEqualTo(200);
            Reply granted = gateway.post(
                    CUSTOMER,
                    "/api/v1/me/consents",
                    Map.of("purpose", "personalised-recommendation", "granted", true, "noticeVersion", notice));
            assertThat(granted.status()).isEqualTo(409);
            assertThat(granted.body().path("field").asText()).isEqualTo("purpose");
            Reply withdrawn = gateway.post(
                    CUSTOMER,
                    "/api/v1/me/consents",
                    Map.of("purpose", "personalised-recommendation", "granted", false, "noticeVersion", notice));
            assertThat(withdrawn.status()).isEqualTo(201);
        } finally {
            assertThat(gateway.post(COMPLIANCE, activation("personalised-recommendation"), Map.of())
                            .status())
                    .isEqualTo(200);
        }
    }

    // PIPL Arts. 55-56: the record of processing activities names every purpose with its basis, data, sources and
    // retention, in JSON and in CSV.
    @Test
    @Article({"55-56", "54"})
    void recordExportListsEveryPurposeWithLegalBasisFieldsRetentionAndSources() throws Exception {
        Map<String, JsonNode> rows = recordsAsJson();
        assertThat(rows.keySet())
                .containsExactlyInAnyOrder(
                        "order-fulfilment",
                        "membership",
                        "marketing",
                        "personalised-recommendation",
                        "analytics",
                        "third-party-provision",
                        "sensitive-pi",
                        "cross-border");
        JsonNode membership = rows.get("membership");
        assertThat(membership.path("legalBasis").asText()).isEqualTo("consent");
        assertThat(membership.path("retention").asText()).isEqualTo("P3Y");
        assertThat(membership.path("fields").toString()).contains("\"idNumber\"", "\"mobile\"");
        assertThat(membership.path("sensitiveFields").toString()).isEqualTo("[\"idNumber\"]");
        assertThat(membership.path("sources").toString()).contains("\"web\"");
        assertThat(membership.path("safeguards").path("encryption").asText()).isEqualTo("aes-256-gcm");
        assertThat(membership.path("safeguards").path("accessRoles").toString()).contains("admin:subject:read:full");
        JsonNode orders = rows.get("order-fulfilment");
        assertThat(orders.path("legalBasis").asText()).isEqualTo("contract");
        assertThat(orders.path("sources").toString()).contains("\"taobao\"", "\"jd\"");

        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + RECORDS + "?format=csv"))
                                .header("Authorization", COMPLIANCE.basicAuth())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .startsWith("purpose,legalBasis,consent,fields,sensitiveFields,sources,recipients,retention");
        assertThat(lines).hasSize(1 + rows.size());
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("membership,consent,general,")
                        .contains(",P3Y,"))
                .anySatisfy(line -> assertThat(line).startsWith("order-fulfilment,contract,none,"));

        assertThat(gateway.get(OPERATIONS, RECORDS).status()).isEqualTo(403);
        assertThat(gateway.get(INTEGRATOR, ASSESSMENTS).status()).isEqualTo(403);
    }

    // PIPL Art. 56: assessment reports are kept at least three years; no API deletes one and the database refuses.
    @Test
    @Article("55-56")
    void assessmentRowsSurviveDeleteAndUpdateAttempts() {
        assertThat(assess("analytics", "approved", null).status()).isEqualTo(201);
        String reference = "PIA-" + run + "-approved";
        assertThatThrownBy(() -> jdbc.update("delete from impact_assessment where reference = ?", reference))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("kept at least 3 years");
        assertThatThrownBy(() -> jdbc.update(
                        "update impact_assessment set conclusion = 'rejected' where reference = ?", reference))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject(
                        "select conclusion from impact_assessment where reference = ?", String.class, reference))
                .isEqualTo("approved");
        JsonNode listed = gateway.get(COMPLIANCE, ASSESSMENTS).body();
        assertThat(listed.findValuesAsText("reference")).contains(reference);
    }

    // PIPL Art. 56: the report records what the handler committed to; errors name the field.
    @Test
    void approvalWithMeasuresWithoutMeasuresIsRefusedNamingTheField() {
        Reply refused = assess("analytics", "approved-with-measures", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("measures");
        assertThat(assess("astrology", "approved", null).body().path("field").asText())
                .isEqualTo("purpose");
    }

    private Reply assess(String purpose, String conclusion, String measures) {
        Map<String, Object> body = new HashMap<>();
        body.put("purpose", purpose);
        body.put("reference", "PIA-" + run + "-" + conclusion);
        body.put("assessedOn", LocalDate.now().toString());
        body.put("author", "privacy office");
        body.put("conclusion", conclusion);
        if (measures != null) {
            body.put("measures", measures);
        }
        return gateway.post(COMPLIANCE, ASSESSMENTS, body);
    }

    private Map<String, JsonNode> recordsAsJson() {
        Reply reply = gateway.get(COMPLIANCE, RECORDS + "?format=json");
        assertThat(reply.status()).isEqualTo(200);
        Map<String, JsonNode> rows = new HashMap<>();
        reply.body().forEach(row -> rows.put(row.path("purpose").asText(), row));
        return rows;
    }

    private String onlyOutcome(Map<String, Object> member) {
        Reply reply = gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(member));
        assertThat(reply.status()).isEqualTo(202);
        JsonNode outcome = reply.body().path("outcomes").get(0);
        return outcome.path("outcome").asText() + ":" + outcome.path("reason").asText("");
    }

    private static String activation(String purpose) {
        return "/api/v1/purposes/" + purpose + "/activation";
    }
}

package io.consentgateway.gateway.dsr;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.CUSTOMER;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.DemoCustomer;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.PhoneRequests;
import io.consentgateway.gateway.testing.PlaintextScan;
import io.consentgateway.gateway.testing.SignedZips;
import io.consentgateway.gateway.testing.WebMembers;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Customers exercising their rights (PIPL Arts. 44-50), and staff handling requests received by phone. */
@GatewayIntegrationTest
class DataSubjectRequestsIT {

    private static final String WEB = "/api/v1/ingest/web";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private final ObjectMapper json = new ObjectMapper();
    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "dsr-" + UUID.randomUUID());
    }

    // PIPL Art. 45: the customer gets a copy of everything held, in a form that can be taken elsewhere.
    @Test
    @Article("45")
    void anExportRequestIsPreparedAsAJobAndTheExportHoldsEverythingWithASignedManifest() throws Exception {
        String me = DemoCustomer.subject(gateway, members);

        Reply filed = gateway.post(CUSTOMER, "/api/v1/me/requests", Map.of("kind", "export"));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.body().path("state").asText()).as("prepared as a job").isIn("in-progress", "completed");
        assertThat(filed.body().has("subjectId"))
                .as("the customer is not shown ids")
                .isFalse();
        assertThat(Instant.parse(filed.body().path("dueAt").asText()))
                .isAfter(Instant.now().plusSeconds(86_400 * 14));
        String requestId = filed.body().path("requestId").asText();
        JsonNode ready = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> gateway.get(CUSTOMER, "/api/v1/me/requests/" + requestId)
                                .body(),
                        request -> request.path("state").asText().equals("completed"));
        assertThat(ready.path("progress").asInt()).isEqualTo(100);
        String export = ready.path("links").path("export").asText();

        Map<String, byte[]> zip = zips().download(CUSTOMER.basicAuth(), export);
        assertThat(zip)
                .containsKeys(
                        "subject.json",
                        "profile.csv",
                        "consents.csv",
                        "processing-history.csv",
                        "manifest.json",
                        "manifest.sig");
        JsonNode subject = json.readTree(zip.get("subject.json"));
        assertThat(subject.path("profile").path("mobile").asText())
                .as("in clear: it is theirs")
                .startsWith("+86");
        assertThat(subject.path("consents")).isNotEmpty();
        assertThat(subject.path("sources").get(0).path("channel").asText()).isEqualTo("web");
        assertThat(subject.path("processingHistory")).isNotEmpty();
        assertThat(subject.path("requests")).isNotEmpty();
        assertThat(zips().verifies(zip.get("manifest.json"), Base64.getDecoder().decode(zip.get("manifest.sig"))))
                .isTrue();
        assertThat(json.readTree(zip.get("manifest.json"))
                        .path("files")
                        .path("subject.json")
                        .asText())
                .hasSize(64);
        assertThat(compliance("/api/v1/audit/events?action=subject.exported&subjectId=" + me)
                        .path("total")
                        .asLong())
                .isGreaterThanOrEqualTo(1);
    }

    // PIPL Art. 50: a customer reaches only their own requests.
    @Test
    void aCustomerCannotSeeAnotherCustomersRequest() {
        DemoCustomer.subject(gateway, members);
        String other = ingest(members.aMember());
        String mobile = gateway.get(
                        ADMIN, "/api/v1/subjects/" + other + "?view=full", Map.of("X-Access-Purpose", "dsr-test"))
                .body()
                .path("mobile")
                .asText();
        String theirs = register("access", mobile).path("requestId").asText();

        assertThat(gateway.get(CUSTOMER, "/api/v1/me/requests/" + theirs).status())
                .isEqualTo(404);
        assertThat(gateway.get(CUSTOMER, "/api/v1/me/requests/" + theirs + "/export")
                        .status())
                .isEqualTo(404);
        assertThat(gateway.get(OPERATIONS, "/api/v1/dsr/requests").status()).isEqualTo(403);
    }

    // PIPL Arts. 47 and 50: a request by phone is verified by a code sent to the registered phone before anything
    // is done; then the customer is erased by crypto-shredding, with a signed certificate.
    @Test
    @Article({"47", "50"})
    void aPhoneRequestIsVerifiedByCodeThenTheCustomerIsErasedWithASignedCertificate() throws Exception {
        Map<String, Object> member = members.aMember();
        String subjectId = ingest(member);
        JsonNode registered = register("delete", String.valueOf(member.get("mobile")));
        String requestId = registered.path("requestId").asText();
        assertThat(registered.path("state").asText()).isEqualTo("received");

        assertThat(gateway.post(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/completion", Map.of())
                        .status())
                .as("nothing is done before verification")
                .isEqualTo(409);
        Reply wrong = gateway.post(
                COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/verification", Map.of("code", "000000"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("field").asText()).isEqualTo("code");
        Reply verified = gateway.post(
                COMPLIANCE,
                "/api/v1/dsr/requests/" + requestId + "/verification",
                Map.of("code", codeSentTo(subjectId)));
        assertThat(verified.body().path("state").asText()).isEqualTo("verified");

        Reply completed = gateway.post(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/completion", Map.of());
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.body().path("state").asText()).isEqualTo("completed");

        JsonNode full = gateway.get(
                        ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "dsr-test"))
                .body();
        assertThat(full.path("erased").asBoolean()).isTrue();
        assertThat(full.path("mobile").asText()).isEqualTo("[erased]");
        assertThat(new PlaintextScan(jdbc)
                        .columnsContainingAnyOf(
                                List.of(String.valueOf(member.get("mobile")), String.valueOf(member.get("idNumber")))))
                .as("no clear copy anywhere, history included")
                .isEmpty();

        JsonNode certificate = gateway.get(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/certificate")
                .body();
        JsonNode content = json.readTree(certificate.path("content").asText());
        assertThat(content.path("subjectId").asText()).isEqualTo(subjectId);
        assertThat(content.path("destroyed").path("dataKey").asText()).isEqualTo("destroyed");
        assertThat(content.path("destroyed").path("blindIdentifiers").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(zips().verifies(
                                certificate.path("content").asText().getBytes(StandardCharsets.UTF_8),
                                Base64.getDecoder()
                                        .decode(certificate.path("signature").asText())))
                .isTrue();
        assertThat(compliance("/api/v1/audit/events?subjectId=" + subjectId)
                        .path("total")
                        .asLong())
                .as("the audit facts stay, under the pseudonymous id")
                .isGreaterThanOrEqualTo(4);
    }

    // PIPL Art. 47: records a law requires to keep are restricted, not erased, and only compliance reads them.
    @Test
    @Article("47")
    void aDeletionUnderALegalHoldRestrictsInsteadOfErasingAndOnlyComplianceReadsTheHeldRecord() {
        Map<String, Object> member = members.aMember();
        String subjectId = ingest(member);
        assertThat(gateway.put(
                                COMPLIANCE,
                                "/api/v1/dsr/legal-holds/" + subjectId,
                                Map.of("basis", "E-Commerce Law Art. 31, order records", "until", "2029-12-31"))
                        .status())
                .isEqualTo(204);
        String requestId = register("delete", String.valueOf(member.get("mobile")))
                .path("requestId")
                .asText();
        gateway.post(
                COMPLIANCE,
                "/api/v1/dsr/requests/" + requestId + "/verification",
                Map.of("code", codeSentTo(subjectId)));

        JsonNode completed = gateway.post(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/completion", Map.of())
                .body();

        assertThat(completed.path("state").asText()).isEqualTo("completed");
        assertThat(completed.path("outcome").asText()).startsWith("Kept because the law requires it");
        assertThat(gateway.get(
                                ADMIN,
                                "/api/v1/subjects/" + subjectId + "?view=full",
                                Map.of("X-Access-Purpose", "dsr-test"))
                        .status())
                .isEqualTo(403);
        assertThat(gateway.get(OPERATIONS, "/api/v1/subjects/" + subjectId).status())
                .isEqualTo(403);
        Reply noPurpose = gateway.get(COMPLIANCE, "/api/v1/dsr/held-subjects/" + subjectId);
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(noPurpose.body().path("field").asText()).isEqualTo("X-Access-Purpose");
        Reply held = gateway.get(
                COMPLIANCE, "/api/v1/dsr/held-subjects/" + subjectId, Map.of("X-Access-Purpose", "tax-audit"));
        assertThat(held.body().path("mobile").asText()).isEqualTo("+86" + member.get("mobile"));
        assertThat(compliance("/api/v1/audit/events?subjectId=" + subjectId + "&actor=compliance&purpose=tax-audit")
                        .path("total")
                        .asLong())
                .isEqualTo(1);
    }

    // PIPL Art. 47: what the customer bought goes with who they were.
    @Test
    @Article("47")
    void erasingACustomerDeletesTheirOrders() throws Exception {
        Map<String, Object> member = members.aMember();
        String subjectId = ingest(member);
        Map<String, Object> order = Map.of(
                "tid",
                "tb-erasure-" + member.get("sourceId"),
                "receiver_name",
                member.get("name"),
                "receiver_mobile",
                member.get("mobile"),
                "payment",
                "59.90",
                "created",
                "2026-10-01 12:00:00");
        JsonNode stored = gateway.post(INTEGRATOR, "/api/v1/ingest/taobao", List.of(order))
                .body();
        assertThat(stored.path("outcomes").get(0).path("subjectId").asText())
                .as(stored.toString())
                .isEqualTo(subjectId);
        String requestId = deletedByPhone(member, subjectId);

        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_order where subject_id = ?::uuid", Integer.class, subjectId))
                .isZero();
        JsonNode certificate =
                json.readTree(gateway.get(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/certificate")
                        .body()
                        .path("content")
                        .asText());
        assertThat(certificate.path("destroyed").path("ordersAndCheckIns").asInt())
                .isEqualTo(1);
    }

    // PIPL Art. 47: the same phone arriving again is a new customer, admitted only with fresh consent.
    @Test
    void aPersonReArrivingAfterDeletionIsANewSubjectOnlyWithFreshConsent() {
        Map<String, Object> member = members.aMember();
        String erased = ingest(member);
        deletedByPhone(member, erased);

        Map<String, Object> withoutConsent = members.samePersonAgain(member);
        withoutConsent.remove("consents");
        JsonNode refused = gateway.post(INTEGRATOR, WEB, List.of(withoutConsent))
                .body()
                .path("outcomes")
                .get(0);
        assertThat(refused.path("outcome").asText()).isEqualTo("refused");

        String again = ingest(members.samePersonAgain(member));
        assertThat(again).isNotEqualTo(erased);
    }

    // PIPL Art. 50: a refusal carries a reason code and an explanation, and the customer sees both.
    @Test
    @Article("50")
    void aRefusedRequestShowsTheCustomerTheReasonAndTheExplanation() {
        DemoCustomer.subject(gateway, members);
        String requestId = gateway.post(CUSTOMER, "/api/v1/me/requests", Map.of("kind", "delete"))
                .body()
                .path("requestId")
                .asText();

        Reply noReason = gateway.post(
                COMPLIANCE,
                "/api/v1/dsr/requests/" + requestId + "/refusal",
                Map.of("explanation", "Orders must be kept."));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("field").asText()).isEqualTo("reason");
        gateway.post(
                COMPLIANCE,
                "/api/v1/dsr/requests/" + requestId + "/refusal",
                Map.of(
                        "reason",
                        "legal-retention-required",
                        "explanation",
                        "E-Commerce Law Art. 31: order records are kept three years; they are restricted meanwhile."));

        JsonNode mine =
                gateway.get(CUSTOMER, "/api/v1/me/requests/" + requestId).body();
        assertThat(mine.path("state").asText()).isEqualTo("refused");
        assertThat(mine.path("refusal").path("reason").asText()).isEqualTo("legal-retention-required");
        assertThat(mine.path("refusal").path("explanation").asText()).contains("Art. 31");
    }

    // PIPL Art. 46: corrections are validated like ingest and applied under the subject's key.
    @Test
    @Article({"8", "46"})
    void aCorrectionIsValidatedAndApplied() {
        DemoCustomer.subject(gateway, members);
        Reply invalid = gateway.post(
                CUSTOMER, "/api/v1/me/requests", Map.of("kind", "correct", "corrections", Map.of("mobile", "12345")));
        String invalidId = invalid.body().path("requestId").asText();
        Reply rejected = gateway.post(COMPLIANCE, "/api/v1/dsr/requests/" + invalidId + "/completion", Map.of());
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().path("field").asText()).isEqualTo("corrections.mobile");

        String requestId = gateway.post(
                        CUSTOMER,
                        "/api/v1/me/requests",
                        Map.of("kind", "correct", "corrections", Map.of("name", "王小明")))
                .body()
                .path("requestId")
                .asText();
        Reply done = gateway.post(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/completion", Map.of());
        assertThat(done.body().path("outcome").asText()).isEqualTo("Corrected: name");
        assertThat(gateway.post(CUSTOMER, "/api/v1/me/requests", Map.of("kind", "correct"))
                        .body()
                        .path("field")
                        .asText())
                .isEqualTo("corrections");
    }

    // PIPL Art. 15 through a request: withdrawal takes effect at once and is in the ledger.
    @Test
    @Article("15")
    void aWithdrawalRequestIsCarriedOutAtOnce() {
        DemoCustomer.subject(gateway, members);
        Reply filed = gateway.post(
                CUSTOMER, "/api/v1/me/requests", Map.of("kind", "withdraw-consent", "purpose", "analytics"));
        assertThat(filed.body().path("state").asText()).isEqualTo("completed");
        JsonNode consents = gateway.get(CUSTOMER, "/api/v1/me/consents").body().path("current");
        assertThat(consents)
                .filteredOn(state -> state.path("purpose").asText().equals("analytics"))
                .allSatisfy(
                        state -> assertThat(state.path("granted").asBoolean()).isFalse());
    }

    // PIPL Art. 50: requests are answered in time; overdue ones come first and raise the alert metric.
    @Test
    @Article("50")
    void overdueRequestsComeFirstInTheQueueAndRaiseTheAlertMetric() {
        DemoCustomer.subject(gateway, members);
        String late = gateway.post(
                        CUSTOMER, "/api/v1/me/requests", Map.of("kind", "explain", "message", "Why these ads?"))
                .body()
                .path("requestId")
                .asText();
        gateway.post(CUSTOMER, "/api/v1/me/requests", Map.of("kind", "restrict"));
        jdbc.update("update dsr_request set due_at = now() - interval '1 day' where id = ?::uuid", late);

        JsonNode queue = gateway.get(COMPLIANCE, "/api/v1/dsr/requests").body();
        assertThat(queue.get(0).path("requestId").asText()).isEqualTo(late);
        assertThat(queue.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(queue)
                .allSatisfy(request ->
                        assertThat(request.path("state").asText()).isIn("received", "verified", "in-progress"));
        assertThat(meters.get("gateway.dsr.requests.overdue").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("gateway.dsr.requests.open").gauge().value()).isGreaterThanOrEqualTo(2);
        assertThat(gateway.get(COMPLIANCE, "/api/v1/dsr/requests?state=nonsense")
                        .status())
                .isEqualTo(400);

        gateway.post(
                COMPLIANCE,
                "/api/v1/dsr/requests/" + late + "/completion",
                Map.of("outcome", "Ads follow your marketing consent; withdraw it under /me/consents."));
        assertThat(gateway.get(CUSTOMER, "/api/v1/me/requests/" + late)
                        .body()
                        .path("outcome")
                        .asText())
                .contains("marketing consent");
    }

    private String ingest(Map<String, Object> member) {
        Reply reply = gateway.post(INTEGRATOR, WEB, List.of(member));
        assertThat(reply.status()).isEqualTo(202);
        return reply.body().path("outcomes").get(0).path("subjectId").asText();
    }

    /** A deletion asked for by phone, verified with the code sent to the customer, completed by staff. */
    private String deletedByPhone(Map<String, Object> member, String subjectId) {
        String requestId = register("delete", String.valueOf(member.get("mobile")))
                .path("requestId")
                .asText();
        gateway.post(
                COMPLIANCE,
                "/api/v1/dsr/requests/" + requestId + "/verification",
                Map.of("code", codeSentTo(subjectId)));
        gateway.post(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/completion", Map.of());
        return requestId;
    }

    private JsonNode register(String kind, String mobile) {
        Reply reply = gateway.post(
                COMPLIANCE, "/api/v1/dsr/requests", Map.of("kind", kind, "mobile", mobile, "channel", "phone"));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    private String codeSentTo(String subjectId) {
        return new PhoneRequests(gateway, jdbc).codeSentTo(subjectId);
    }

    private JsonNode compliance(String path) {
        return gateway.get(COMPLIANCE, path).body();
    }

    private SignedZips zips() {
        return new SignedZips(port);
    }
}

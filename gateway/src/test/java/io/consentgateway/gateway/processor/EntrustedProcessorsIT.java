package io.consentgateway.gateway.processor;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An entrusted processor (the development user sms-vendor) reaches only its contract's fields and purposes, only
 * while the contract runs, only for customers with a basis; its contract's end opens a deletion confirmation.
 */
@GatewayIntegrationTest
@TestMethodOrder(OrderAnnotation.class)
class EntrustedProcessorsIT {

    private static final String SMS_VENDOR = "Basic "
            + Base64.getEncoder().encodeToString("sms-vendor:sms-vendor-demo".getBytes(StandardCharsets.UTF_8));
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect() {
        gateway = new GatewayHttp(port);
        members = new WebMembers(21, "processor-" + UUID.randomUUID());
    }

    // PIPL Art. 21: within its contract the processor reads the contract's fields (masked) of a consenting customer
    // and nothing else; every read is audited with the processor's name and the purpose.
    @Test
    @Order(1)
    @Article("21")
    void withinTheContractTheProcessorReadsOnlyTheContractsFieldsMaskedAndTheReadIsAudited() {
        register(TODAY.minusMonths(1), TODAY.plusMonths(11));
        String subject = ingest(true);

        Reply read = readAs(subject, "marketing", null);

        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        JsonNode fields = read.body().path("fields");
        assertThat(fields.size()).as("only the contract's fields").isEqualTo(2);
        assertThat(fields.path("mobile").asText()).matches("1[0-9]{2}\\*{4}[0-9]{4}");
        assertThat(fields.path("name").asText()).contains("*");
        assertThat(read.body().path("view").asText()).isEqualTo("masked");
        assertThat(read.body().path("processor").asText()).isEqualTo("sms-vendor");

        JsonNode trail = gateway.get(COMPLIANCE, "/api/v1/audit/events?subjectId=" + subject + "&action=processor.read")
                .body()
                .path("items");
        assertThat(trail.size()).isEqualTo(1);
        assertThat(trail.get(0).path("actor").asText()).isEqualTo("sms-vendor");
        assertThat(trail.get(0).path("purpose").asText()).isEqualTo("marketing");
        assertThat(trail.get(0).path("detail").asText()).isEqualTo("processor sms-vendor");
        assertThat(texts(trail.get(0).path("fields"))).containsExactly("mobile", "name");
    }

    // PIPL Art. 21: a field or purpose the contract does not cover is refused, naming the reason
    @Test
    @Order(2)
    @Article("21")
    void aFieldOrPurposeOutsideTheContractIsRefusedWithTheReason() {
        register(TODAY.minusMonths(1), TODAY.plusMonths(11));
        String subject = ingest(true);

        Reply field = readAs(subject, "marketing", "mobile,idNumber");
        Reply purpose = readAs(subject, "analytics", "mobile");

        assertForbidden(field, "fields", "field-not-in-contract:idNumber");
        assertForbidden(purpose, "purpose", "purpose-not-in-contract:analytics");
        assertThat(StreamSupport.stream(
                                gateway.get(
                                                COMPLIANCE,
                                                "/api/v1/audit/events?subjectId=" + subject
                                                        + "&action=processor.read-refused")
                                        .body()
                                        .path("items")
                                        .spliterator(),
                                false)
                        .map(event -> event.path("detail").asText()))
                .containsExactlyInAnyOrder(
                        "processor sms-vendor field-not-in-contract:idNumber",
                        "processor sms-vendor purpose-not-in-contract:analytics");
    }

    // PIPL Arts. 13, 21: the processor acts for the handler and has no basis the handler lacks — a customer without
    // marketing consent is refused
    @Test
    @Order(3)
    @Article({"21", "13"})
    void aCustomerWithoutConsentForTheContractPurposeIsRefused() {
        register(TODAY.minusMonths(1), TODAY.plusMonths(11));
        String subject = ingest(false);

        Reply read = readAs(subject, "marketing", "mobile");

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body().path("field").asText()).isEqualTo("subjectId");
        assertThat(read.body().path("detail").asText()).containsPattern("consent-[a-z]+:marketing");
    }

    // PIPL Art. 21: no processing outside the contract's term
    @Test
    @Order(4)
    @Article("21")
    void anExpiredContractGrantsNothingAndOwesADeletionConfirmation() {
        String subject = ingest(true);
        register(TODAY.minusYears(1), TODAY.minusDays(1));

        assertForbidden(readAs(subject, "marketing", "mobile"), "contract", "contract-expired");
        JsonNode confirmation = gateway.get(COMPLIANCE, "/api/v1/processors/sms-vendor/deletion-confirmation")
                .body();
        assertThat(confirmation.path("state").asText()).isEqualTo("pending");
        assertThat(confirmation.path("pendingSince").isTextual()).isTrue();
        assertThat(confirmation.path("overdue").asBoolean()).as("1 day of 15").isFalse();

        register(TODAY.minusYears(1), TODAY.minusDays(16));
        JsonNode listed = processor("sms-vendor");
        assertThat(listed.path("status").asText()).isEqualTo("expired");
        assertThat(listed.path("deletionConfirmation").path("overdue").asBoolean())
                .as("pending for more than 15 days")
                .isTrue();
    }

    // PIPL Art. 21: termination ends access at once and opens a deletion confirmation, closed by the processor's
    // confirmation that it returned or deleted the data
    @Test
    @Order(5)
    @Article("21")
    void terminationEndsAccessAndOpensADeletionConfirmationClosedByConfirming() {
        register(TODAY.minusMonths(1), TODAY.plusMonths(11));
        String subject = ingest(true);
        assertThat(readAs(subject, "marketing", "mobile").status()).isEqualTo(200);
        assertThat(gateway.get(COMPLIANCE, "/api/v1/processors/sms-vendor/deletion-confirmation")
                        .body()
                        .path("state")
                        .asText())
                .isEqualTo("not-due");

        JsonNode terminated = gateway.post(COMPLIANCE, "/api/v1/processors/sms-vendor/termination", Map.of())
                .body();

        assertThat(terminated.path("status").asText()).isEqualTo("terminated");
        assertForbidden(readAs(subject, "marketing", "mobile"), "contract", "contract-terminated");
        JsonNode pending = gateway.get(COMPLIANCE, "/api/v1/processors/sms-vendor/deletion-confirmation")
                .body();
        assertThat(pending.path("state").asText()).isEqualTo("pending");
        assertThat(pending.path("pendingSince").asText())
                .isEqualTo(terminated.path("terminatedAt").asText());

        Reply confirmed = gateway.post(
                COMPLIANCE,
                "/api/v1/processors/sms-vendor/deletion-confirmation",
                Map.of("confirmedBy", "Vendor data protection office", "evidence", "Deletion certificate DC-2026-044"));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().path("state").asText()).isEqualTo("confirmed");
        assertThat(confirmed.body().path("confirmedAt").isTextual()).isTrue();
        assertThat(processor("sms-vendor")
                        .path("deletionConfirmation")
                        .path("overdue")
                        .asBoolean())
                .isFalse();
        assertThat(gateway.put(COMPLIANCE, "/api/v1/processors/sms-vendor", contract(TODAY, TODAY.plusYears(1)))
                        .status())
                .as("a terminated contract is not revived")
                .isEqualTo(409);
        assertThat(gateway.get(OPERATIONS, "/api/v1/processors").status()).isEqualTo(403);
    }

    // PIPL Art. 21: a contract names a real term, catalogue purposes and personal fields
    @Test
    @Order(6)
    void aContractWithABackwardTermAnUnknownPurposeOrFieldIsRefusedNamingIt() {
        Map<String, Object> backwards = new HashMap<>(contract(TODAY, TODAY.minusDays(1)));
        backwards.put("clientId", "call-centre");
        Map<String, Object> unknownPurpose = new HashMap<>(backwards);
        unknownPurpose.put("validUntil", TODAY.plusYears(1).toString());
        unknownPurpose.put("purposes", List.of("marketing", "telepathy"));
        Map<String, Object> notPersonal = new HashMap<>(unknownPurpose);
        notPersonal.put("purposes", List.of("marketing"));
        notPersonal.put("fields", List.of("mobile", "storeCode"));

        assertThat(gateway.put(COMPLIANCE, "/api/v1/processors/call-centre", backwards)
                        .body()
                        .path("field")
                        .asText())
                .isEqualTo("validUntil");
        assertThat(gateway.put(COMPLIANCE, "/api/v1/processors/call-centre", unknownPurpose)
                        .body()
                        .path("field")
                        .asText())
                .isEqualTo("purposes[1]");
        assertThat(gateway.put(COMPLIANCE, "/api/v1/processors/call-centre", notPersonal)
                        .body()
                        .path("field")
                        .asText())
                .isEqualTo("fields[1]");
    }

    private void register(LocalDate validFrom, LocalDate validUntil) {
        Reply reply = gateway.put(COMPLIANCE, "/api/v1/processors/sms-vendor", contract(validFrom, validUntil));
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    }

    private static Map<String, Object> contract(LocalDate validFrom, LocalDate validUntil) {
        return Map.of(
                "clientId", "sms-vendor",
                "contractReference", "C-2026-SMS-017",
                "purposes", List.of("marketing"),
                "fields", List.of("name", "mobile"),
                "validFrom", validFrom.toString(),
                "validUntil", validUntil.toString());
    }

    private JsonNode processor(String name) {
        return StreamSupport.stream(
                        gateway.get(COMPLIANCE, "/api/v1/processors").body().spliterator(), false)
                .filter(node -> node.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String ingest(boolean marketingConsent) {
        Map<String, Object> member = new HashMap<>(members.aMember());
        member.put("consents", Map.of("membership", true, "sensitive-pi", true, "marketing", marketingConsent));
        Reply reply = gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(member));
        assertThat(reply.body().path("outcomes").get(0).path("outcome").asText())
                .isEqualTo("stored");
        return reply.body().path("outcomes").get(0).path("subjectId").asText();
    }

    private Reply readAs(String subject, String purpose, String fields) {
        String query = "?purpose=" + purpose + (fields == null ? "" : "&fields=" + fields);
        return gateway.call("GET", SMS_VENDOR, "/api/v1/processors/me/subjects/" + subject + query, null);
    }

    private static void assertForbidden(Reply reply, String field, String reason) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("field").asText()).isEqualTo(field);
        assertThat(reply.body().path("detail").asText()).endsWith(": " + reason);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}

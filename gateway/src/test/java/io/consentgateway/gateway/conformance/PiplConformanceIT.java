package io.consentgateway.gateway.conformance;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.PhoneRequests;
import io.consentgateway.gateway.testing.WebMembers;
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
 * Rows of PIPL.md that no feature test proved on its own: each test states the duty it proves. The other rows are
 * proven by the feature tests carrying {@link Article}; {@code target/pipl-conformance.md} lists them all.
 */
@GatewayIntegrationTest
class PiplConformanceIT {

    private static final String WEB = "/api/v1/ingest/web";
    private static final String REQUESTS = "/api/v1/dsr/requests";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private GatewayHttp gateway;
    private WebMembers members;
    private PhoneRequests phone;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "pipl-" + UUID.randomUUID());
        phone = new PhoneRequests(gateway, jdbc);
    }

    // PIPL Art. 16: refusing a non-essential purpose (marketing) does not stop the essential one (membership).
    @Test
    @Article("16")
    void article16RefusingMarketingStillAdmitsTheMember() {
        Map<String, Object> member = members.aMember();
        member.put("consents", Map.of("membership", true, "sensitive-pi", true, "marketing", false));

        Reply stored = gateway.post(INTEGRATOR, WEB, List.of(member));

        assertThat(outcome(stored).path("outcome").asText()).isEqualTo("stored");
    }

    // PIPL Arts. 28-29: an ID number is sensitive; without the separate consent the record is refused by that name.
    @Test
    @Article("28-29")
    void article29SensitiveInformationWithoutItsSeparateConsentIsRefused() {
        Map<String, Object> member = members.aMember();
        member.put("consents", Map.of("membership", true));

        JsonNode refused = outcome(gateway.post(INTEGRATOR, WEB, List.of(member)));

        assertThat(refused.path("outcome").asText()).isEqualTo("refused");
        assertThat(refused.path("reason").asText()).isEqualTo("separate-consent-missing:sensitive-pi");
    }

    // PIPL Art. 44: a customer may restrict processing; the data stays stored but nobody reads it any more.
    @Test
    @Article({"44", "47"})
    void article44ARestrictedCustomerIsNoLongerShownToStaff() {
        Map<String, Object> member = members.aMember();
        String subjectId = stored(member);
        assertThat(gateway.get(OPERATIONS, "/api/v1/subjects/" + subjectId).status())
                .isEqualTo(200);

        phone.verifyAndComplete(phone.register("restrict", member.get("mobile")), subjectId);

        Reply read = gateway.get(OPERATIONS, "/api/v1/subjects/" + subjectId);
        assertThat(read.status()).isBetween(400, 499).isNotEqualTo(404);
        assertThat(read.contentType()).startsWith("application/problem+json");
    }

    // PIPL Art. 48: a customer may ask for the processing rules to be explained; the answer is required and kept.
    @Test
    @Article({"48", "50"})
    void article48AnExplanationRequestIsAnsweredWithTheExplanation() {
        Map<String, Object> member = members.aMember();
        String subjectId = stored(member);
        String requestId = phone.register("explain", member.get("mobile"));
        gateway.post(
                COMPLIANCE, REQUESTS + "/" + requestId + "/verification", Map.of("code", phone.codeSentTo(subjectId)));

        Reply unanswered = gateway.post(COMPLIANCE, REQUESTS + "/" + requestId + "/completion", Map.of());
        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(unanswered.body().path("field").asText()).isEqualTo("outcome");

        String answer = "Your orders decide your member tier; marketing uses it only while you consent.";
        Reply answered =
                gateway.post(COMPLIANCE, REQUESTS + "/" + requestId + "/completion", Map.of("outcome", answer));
        assertThat(answered.body().path("state").asText()).isEqualTo("completed");
        assertThat(gateway.get(COMPLIANCE, REQUESTS + "/" + requestId)
                        .body()
                        .path("outcome")
                        .asText())
                .isEqualTo(answer);
    }

    // PIPL Art. 52: the configured protection officer's contact is in the public notice, and a notice without it is
    // refused before it is published.
    @Test
    @Article("52")
    void article52TheNoticeMustGiveTheConfiguredProtectionOfficersContact() {
        JsonNode current = gateway.getAnonymous("/api/v1/notices/current").body();
        assertThat(current.path("protectionOfficerContact").path("zh-CN").asText())
                .contains("dpo@example.com");
        assertThat(current.path("protectionOfficerContact").path("en").asText()).contains("dpo@example.com");

        ObjectNode withoutOfficer = current.deepCopy();
        withoutOfficer.put("version", current.path("version").asInt() + 1);
        withoutOfficer.remove("publishedAt");
        ((ObjectNode) withoutOfficer.path("protectionOfficerContact")).put("en", "Write to our shop manager");

        Reply refused = gateway.post(COMPLIANCE, "/api/v1/notices", withoutOfficer);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("protectionOfficerContact.en");
        assertThat(gateway.getAnonymous("/api/v1/notices/current")
                        .body()
                        .path("version")
                        .asInt())
                .isEqualTo(current.path("version").asInt());
    }

    private String stored(Map<String, Object> member) {
        JsonNode stored = outcome(gateway.post(INTEGRATOR, WEB, List.of(member)));
        assertThat(stored.path("outcome").asText()).isEqualTo("stored");
        return stored.path("subjectId").asText();
    }

    private static JsonNode outcome(Reply reply) {
        assertThat(reply.status()).isEqualTo(202);
        return reply.body().path("outcomes").get(0);
    }
}

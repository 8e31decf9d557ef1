package io.consentgateway.gateway.partner;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Third-party feeds are accepted only from registered, reviewed, current partners for their agreed purposes. */
@GatewayIntegrationTest
class PartnerFeedIT {

    private static final String FEED = "/api/v1/ingest/partner";

    @LocalServerPort
    int port;

    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect() {
        gateway = new GatewayHttp(port);
        members = new WebMembers(23, "partner-" + UUID.randomUUID());
    }

    // PIPL Arts. 13 and 23: data provided by a third party needs a lawful, agreed basis; unknown, unreviewed, expired
    // or out-of-purpose partners are refused, and every record is still accounted for.
    @Test
    @Article({"10", "13"})
    void feedsFromUnknownUnreviewedExpiredOrOutOfPurposePartnersAreRefusedWithTheReason() throws Exception {
        assertThat(feed(null).body().path("field").asText()).isEqualTo("X-Partner");
        assertThat(onlyOutcome(feed("nobody"))).isEqualTo("refused:partner-unknown");

        register("acme-loyalty", null, List.of("membership"), LocalDate.now().plusYears(1));
        assertThat(onlyOutcome(feed("acme-loyalty"))).isEqualTo("refused:partner-unreviewed");

        register(
                "acme-loyalty",
                LocalDate.now().minusMonths(1),
                List.of("marketing"),
                LocalDate.now().plusYears(1));
        assertThat(onlyOutcome(feed("acme-loyalty"))).isEqualTo("refused:partner-purpose-not-allowed:membership");

        register(
                "acme-loyalty",
                LocalDate.now().minusYears(2),
                List.of("membership"),
                LocalDate.now().minusDays(1));
        assertThat(onlyOutcome(feed("acme-loyalty"))).isEqualTo("refused:partner-expired");

        register(
                "acme-loyalty",
                LocalDate.now().minusMonths(1),
                List.of("membership"),
                LocalDate.now().plusYears(1));
        assertThat(onlyOutcome(feed("acme-loyalty"))).isEqualTo("stored:");

        JsonNode registry = gateway.get(COMPLIANCE, "/api/v1/partners").body();
        assertThat(registry.get(0).path("name").asText()).isEqualTo("acme-loyalty");
        assertThat(gateway.put(INTEGRATOR, "/api/v1/partners/rogue", Map.of()).status())
                .isEqualTo(403);
    }

    private void register(String name, LocalDate reviewedOn, List<String> purposes, LocalDate expiresOn) {
        Map<String, Object> partner = new HashMap<>();
        partner.put("contractRef", "C-2026-" + name);
        partner.put("allowedPurposes", purposes);
        partner.put("expiresOn", expiresOn.toString());
        if (reviewedOn != null) {
            partner.put("reviewedOn", reviewedOn.toString());
        }
        assertThat(gateway.put(COMPLIANCE, "/api/v1/partners/" + name, partner).status())
                .isEqualTo(204);
    }

    private Reply feed(String partner) throws Exception {
        String body = new ObjectMapper().writeValueAsString(List.of(members.aMember()));
        return gateway.call(
                "POST", INTEGRATOR.basicAuth(), FEED, body, partner == null ? Map.of() : Map.of("X-Partner", partner));
    }

    private static String onlyOutcome(Reply reply) {
        assertThat(reply.status()).isEqualTo(202);
        JsonNode outcome = reply.body().path("outcomes").get(0);
        return outcome.path("outcome").asText() + ":" + outcome.path("reason").asText("");
    }
}

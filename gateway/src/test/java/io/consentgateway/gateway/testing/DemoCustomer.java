package io.consentgateway.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import java.util.List;
import java.util.Map;

/** The development realm's {@code customer} account, bound to a customer record once per gateway. */
public final class DemoCustomer {

    private DemoCustomer() {}

    /** Binds the account if needed (as compliance staff would) and returns the subject it acts for. */
    public static String subject(GatewayHttp gateway, WebMembers members) {
        Reply mine = gateway.get(DemoUser.CUSTOMER, "/api/v1/me/preferences");
        if (mine.status() == 404) {
            Reply ingested = gateway.post(DemoUser.INTEGRATOR, "/api/v1/ingest/web", List.of(members.aMember()));
            String subjectId =
                    ingested.body().path("outcomes").get(0).path("subjectId").asText();
            Reply linked = gateway.put(
                    DemoUser.COMPLIANCE, "/api/v1/subjects/" + subjectId + "/account", Map.of("username", "customer"));
            assertThat(linked.status()).isEqualTo(204);
        }
        Reply receipt = gateway.post(
                DemoUser.CUSTOMER,
                "/api/v1/me/consents",
                Map.of("purpose", "analytics", "granted", true, "noticeVersion", 1));
        assertThat(receipt.status()).isEqualTo(201);
        return receipt.body().path("subjectId").asText();
    }
}

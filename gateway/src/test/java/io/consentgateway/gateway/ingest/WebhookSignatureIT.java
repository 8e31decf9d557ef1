package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import io.consentgateway.policies.webhook.WebhookSignature;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A channel with a signing secret takes only genuine, fresh, first-time deliveries; the rest are counted. */
@GatewayIntegrationTest
@TestPropertySource(properties = "gateway.channels.web.signing-secret=web-channel-signing-secret-for-tests")
class WebhookSignatureIT {

    private static final String WEB = "/api/v1/ingest/web";
    private final WebhookSignature signer = new WebhookSignature(
            "web-channel-signing-secret-for-tests".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5));

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void onlyGenuineFreshFirstDeliveriesAreAcceptedAndTheRestAreCounted() throws Exception {
        GatewayHttp gateway = new GatewayHttp(port);
        String body = new ObjectMapper()
                .writeValueAsString(List.of(new WebMembers(3, "signed-" + UUID.randomUUID()).aMember()));
        long now = Instant.now().getEpochSecond();
        Map<String, String> signed = Map.of(
                "X-Signature", signer.sign(now, body.getBytes(StandardCharsets.UTF_8)),
                "X-Signature-Timestamp", String.valueOf(now));

        Reply unsigned = gateway.call("POST", INTEGRATOR.basicAuth(), WEB, body, Map.of());
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.body().path("field").asText()).isEqualTo("X-Signature");

        assertThat(gateway.call("POST", INTEGRATOR.basicAuth(), WEB, body, signed)
                        .status())
                .isEqualTo(202);
        Reply replayed = gateway.call("POST", INTEGRATOR.basicAuth(), WEB, body, signed);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.body().path("detail").asText()).contains("replayed");

        Reply altered = gateway.call("POST", INTEGRATOR.basicAuth(), WEB, body.replace("}]", ",\"x\":1}]"), signed);
        assertThat(altered.status()).isEqualTo(401);
        assertThat(altered.body().path("detail").asText()).contains("bad-signature");

        long old = now - 3_600;
        Reply stale = gateway.call(
                "POST",
                INTEGRATOR.basicAuth(),
                WEB,
                body,
                Map.of(
                        "X-Signature", signer.sign(old, body.getBytes(StandardCharsets.UTF_8)),
                        "X-Signature-Timestamp", String.valueOf(old)));
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.body().path("field").asText()).isEqualTo("X-Signature-Timestamp");

        for (String reason : List.of("unsigned", "replayed", "bad-signature", "stale-timestamp")) {
            assertThat(meters.counter("gateway.ingest.webhook.rejected", "channel", "web", "reason", reason)
                            .count())
                    .as(reason)
                    .isEqualTo(1.0);
        }
        assertThat(gateway.call("POST", null, WEB, body, signed).status())
                .as("authentication still comes first")
                .isEqualTo(401);
    }
}

package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Per-channel outcome counts and batch latency for Prometheus, behind a login, with no personal data in labels. */
@GatewayIntegrationTest
@AutoConfigureObservability(tracing = false) // Spring Boot tests switch metrics export off unless asked
class IngestMetricsIT {

    @LocalServerPort
    int port;

    @Test
    void outcomesPerChannelAndBatchLatencyAreScrapedByLoggedInCallersOnly() throws Exception {
        WebMembers members = new WebMembers(17, "metrics-" + UUID.randomUUID());
        Map<String, Object> member = members.aMember();
        new GatewayHttp(port).post(INTEGRATOR, "/api/v1/ingest/web", List.of(member, members.withBadCheckDigit()));

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder scrape =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
        assertThat(http.send(scrape.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("anonymous")
                .isEqualTo(401);
        String metrics = http.send(
                        scrape.header("Authorization", INTEGRATOR.basicAuth()).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(metrics)
                .contains("gateway_ingest_records_total{channel=\"web\",outcome=\"stored\"}")
                .contains("gateway_ingest_records_total{channel=\"web\",outcome=\"quarantined\"}")
                .contains("gateway_ingest_batch_seconds_count{channel=\"web\"}")
                .doesNotContain(String.valueOf(member.get("mobile")));
    }
}

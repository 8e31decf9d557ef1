package io.consentgateway.gateway.audit;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The logs an operator ships: JSON lines carrying the request id, and never a customer's phone or ID number. */
@GatewayIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIT {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void logsAreJsonLinesWithTheRequestIdAndNeverHoldPhonesOrIdNumbers(CapturedOutput output) throws Exception {
        GatewayHttp gateway = new GatewayHttp(port);
        WebMembers members = new WebMembers(42, "logs-" + UUID.randomUUID());
        List<Map<String, Object>> batch =
                List.of(members.aMember(), members.withBadCheckDigit(), members.withoutConsent(), members.aMember());
        List<Reply> replies = new ArrayList<>();
        replies.add(gateway.post(INTEGRATOR, "/api/v1/ingest/web", batch));
        String subjectId =
                replies.get(0).body().path("outcomes").get(0).path("subjectId").asText();
        Reply full = gateway.get(
                ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "log-check"));
        // malformed input carrying personal data: the problem names the place, never the value
        replies.add(gateway.postRaw(
                INTEGRATOR,
                "/api/v1/ingest/web",
                "[{\"mobile\": " + batch.get(0).get("mobile") + "x}]"));
        replies.add(gateway.post(
                INTEGRATOR,
                "/api/v1/ingest/web",
                Map.of("idNumber", batch.get(1).get("idNumber"))));

        List<String> secrets = new ArrayList<>();
        for (Map<String, Object> person : batch) {
            secrets.add(String.valueOf(person.get("mobile")));
            secrets.add(String.valueOf(person.get("idNumber")));
        }
        String logs = output.getAll();
        for (String secret : secrets) {
            assertThat(logs.contains(secret))
                    .as("a phone or ID number in the logs")
                    .isFalse();
            replies.forEach(reply -> assertThat(reply.body().toString().contains(secret))
                    .as("a phone or ID number in an ingest reply or a problem")
                    .isFalse());
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : logs.split("\\R")) {
            if (line.startsWith("{")) {
                lines.add(json.readTree(line));
            }
        }
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.has("message")).isTrue());
        assertThat(lines)
                .as("the full read is logged as JSON with its request id")
                .anySatisfy(line -> {
                    assertThat(line.path("message").asText()).startsWith("Full view of subject " + subjectId);
                    assertThat(line.path("requestId").asText()).isEqualTo(full.requestId());
                });
    }
}

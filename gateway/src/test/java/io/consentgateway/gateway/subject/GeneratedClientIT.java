package io.consentgateway.gateway.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consentgateway.client.ApiClient;
import io.consentgateway.client.ApiException;
import io.consentgateway.client.api.IngestApi;
import io.consentgateway.client.api.SubjectsApi;
import io.consentgateway.client.model.IngestReceipt;
import io.consentgateway.client.model.RecordOutcome;
import io.consentgateway.client.model.SubjectView;
import io.consentgateway.client.model.SubjectViewKind;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Java client generated from openapi.yaml talks to the server that implements the same spec. */
@GatewayIntegrationTest
class GeneratedClientIT {

    @LocalServerPort
    int port;

    private ApiClient clientFor(String user) {
        String credentials = user + ":" + user + "-demo";
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> request.header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        return client;
    }

    @Test
    void anIntegratorIngestsAndOperationsReadsMaskedThroughTheGeneratedClient() throws ApiException {
        Map<String, Object> member = new WebMembers(7L, "client-" + UUID.randomUUID()).aMember();

        IngestReceipt receipt = new IngestApi(clientFor("integrator")).ingestRecords("web", List.of(member), null);

        assertThat(receipt.getReceived()).isEqualTo(1);
        RecordOutcome outcome = receipt.getOutcomes().get(0);
        assertThat(outcome.getOutcome()).isEqualTo(RecordOutcome.OutcomeEnum.STORED);

        SubjectView view = new SubjectsApi(clientFor("operations"))
                .getSubject(outcome.getSubjectId(), SubjectViewKind.MASKED, null);
        assertThat(view.getView()).isEqualTo(SubjectViewKind.MASKED);
        assertThat(view.getMobile()).contains("****");
    }

    @Test
    void errorsReachTheClientAsProblemJsonWithTheirStatus() {
        assertThatThrownBy(() -> new SubjectsApi(clientFor("integrator")).getSubject(UUID.randomUUID(), null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("\"status\":403");
                });
    }
}

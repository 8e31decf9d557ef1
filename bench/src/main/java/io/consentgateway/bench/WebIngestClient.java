package io.consentgateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An integrator delivering {@link BenchMembers} to a running gateway over its public API ({@code POST
 * /api/v1/ingest/web}), as the development realm's documented demo user {@code integrator}.
 */
final class WebIngestClient {

    static final String INTEGRATOR = "Basic "
            + Base64.getEncoder().encodeToString("integrator:integrator-demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI ingest;

    WebIngestClient(int port) {
        this.ingest = URI.create("http://127.0.0.1:" + port + "/api/v1/ingest/web");
    }

    /** Members {@code first} to {@code first + count - 1} in one delivery; returns how many were stored. */
    long deliver(int first, int count) throws IOException, InterruptedException {
        List<Map<String, Object>> members = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            members.add(BenchMembers.member(i));
        }
        HttpRequest request = HttpRequest.newBuilder(ingest)
                .header("Content-Type", "application/json")
                .header("Authorization", INTEGRATOR)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(members)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 202) {
            // the body may echo the payload: only the status is reported
            throw new IllegalStateException("The gateway answered " + response.statusCode() + " to a delivery");
        }
        JsonNode summary = json.readTree(response.body());
        return summary.path("stored").asLong();
    }
}

package io.consentgateway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * How many records one gateway instance has ingested for a channel, from its Prometheus metrics
 * ({@code gateway_ingest_records_total}, every outcome): shows how a consumer group shared the work.
 */
final class InstanceMetrics {

    private static final String METRIC = "gateway_ingest_records_total{";

    private InstanceMetrics() {}

    static long recordsOf(int port, String channel) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                // any login may read the metrics
                .header("Authorization", WebIngestClient.INTEGRATOR)
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The metrics answered " + response.statusCode());
        }
        return sum(response.body(), channel);
    }

    /** The sum over every outcome of the channel's {@code gateway_ingest_records_total} lines. */
    static long sum(String prometheusText, String channel) {
        double total = 0;
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith(METRIC) && line.contains("channel=\"" + channel + "\"")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(total);
    }
}

package io.consentgateway.routes.downstream;

import java.util.Map;
import org.apache.camel.builder.RouteBuilder;

/**
 * A route per configured marketing destination of segment exports ({@code direct:segment-export-<name>}), to a
 * Camel endpoint fixed by configuration — a file directory or a webhook — never one named in a request.
 */
public final class SegmentExportRoutes extends RouteBuilder {

    private final Map<String, String> destinations;

    /** @param destinations destination name → Camel endpoint URI (e.g. {@code file:/srv/exports/crm}) */
    public SegmentExportRoutes(Map<String, String> destinations) {
        this.destinations = Map.copyOf(destinations);
    }

    public static String endpointOf(String destination) {
        return "direct:segment-export-" + destination;
    }

    @Override
    public void configure() {
        destinations.forEach((name, uri) -> from(endpointOf(name))
                .routeId("segment-export-" + name)
                .setHeader("Content-Type", constant("application/json"))
                .setHeader("CamelHttpMethod", constant("POST"))
                .to(uri));
    }
}

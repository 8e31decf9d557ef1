package io.consentgateway.routes.channel;

import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestObserver;
import io.consentgateway.routes.pipeline.IngestSummary;
import io.consentgateway.routes.pipeline.ProtectionPipelineRoute;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * One route per configured member channel, all made from one definition: a channel differs from another only by its
 * {@link PlatformFieldMapping}, so a new platform is configuration, not a copied route. Each route is
 * {@code direct:channel-<name>}, maps the platform's payloads to records and hands them to the protection pipeline.
 */
public final class MemberChannelRoutes extends RouteBuilder {

    private static final String BATCH = "consentGateway.batch";
    private static final String STARTED = "consentGateway.batchStarted";

    private final Map<String, PlatformFieldMapping> channels;
    private final IngestObserver observer;

    public MemberChannelRoutes(Map<String, PlatformFieldMapping> channels) {
        this(channels, IngestObserver.NONE);
    }

    public MemberChannelRoutes(Map<String, PlatformFieldMapping> channels, IngestObserver observer) {
        this.channels = Map.copyOf(channels);
        this.observer = observer;
    }

    public static String endpointOf(String channel) {
        return "direct:channel-" + channel;
    }

    @Override
    public void configure() {
        channels.forEach((channel, mapping) -> from(endpointOf(channel))
                .routeId("channel-" + channel)
                .setProperty(BATCH, body())
                .process(exchange -> exchange.setProperty(STARTED, System.nanoTime()))
                .bean(new MemberPayloadMapping(mapping), "toRecords")
                .to(ProtectionPipelineRoute.BATCH)
                .process(this::completed));
    }

    private void completed(Exchange exchange) {
        IngestBatch batch = exchange.getProperty(BATCH, IngestBatch.class);
        long started = exchange.getProperty(STARTED, Long.class);
        observer.batchCompleted(
                batch.context(),
                exchange.getMessage().getBody(IngestSummary.class),
                Duration.ofNanos(System.nanoTime() - started));
    }
}

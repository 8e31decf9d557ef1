package io.consentgateway.routes.channel;

import io.consentgateway.routes.pipeline.ProtectionPipelineRoute;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;

/**
 * One route per configured member channel, all made from one definition: a channel differs from another only by its
 * {@link PlatformFieldMapping}, so a new platform is configuration, not a copied route. Each route is
 * {@code direct:channel-<name>}, maps the platform's payloads to records and hands them to the protection pipeline.
 */
public final class MemberChannelRoutes extends RouteBuilder {

    private final Map<String, PlatformFieldMapping> channels;

    public MemberChannelRoutes(Map<String, PlatformFieldMapping> channels) {
        this.channels = Map.copyOf(channels);
    }

    public static String endpointOf(String channel) {
        return "direct:channel-" + channel;
    }

    @Override
    public void configure() {
        channels.forEach((channel, mapping) -> from(endpointOf(channel))
                .routeId("channel-" + channel)
                .bean(new MemberPayloadMapping(mapping), "toRecords")
                .to(ProtectionPipelineRoute.BATCH));
    }
}

package io.consentgateway.routes.channel;

import io.consentgateway.routes.pipeline.ProtectionPipelineRoute;
import org.apache.camel.builder.RouteBuilder;

/** Channel {@code web}: website and app member sign-ups, delivered as JSON batches to the ingest API. */
public final class WebChannelRoute extends RouteBuilder {

    public static final String CHANNEL = "web";
    public static final String ENDPOINT = "direct:channel-" + CHANNEL;

    private final MemberPayloadMapping mapping;

    public WebChannelRoute(MemberPayloadMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId("channel-" + CHANNEL).bean(mapping, "toRecords").to(ProtectionPipelineRoute.BATCH);
    }
}

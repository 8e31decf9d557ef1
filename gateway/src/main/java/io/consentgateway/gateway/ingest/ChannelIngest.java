package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.gateway.system.RequestIds;
import io.consentgateway.routes.channel.MemberChannelRoutes;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestOutcome;
import io.consentgateway.routes.pipeline.IngestSummary;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Hands a batch received over the API, or a record replayed from quarantine, to its channel's route, with who
 * delivered it and the request id.
 */
@Service
class ChannelIngest {

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final ChannelProperties channels;
    private final CurrentCaller caller;
    private final Clock clock;

    ChannelIngest(
            CamelContext camel,
            ProducerTemplate producer,
            ChannelProperties channels,
            CurrentCaller caller,
            Clock clock) {
        this.camel = camel;
        this.producer = producer;
        this.channels = channels;
        this.caller = caller;
        this.clock = clock;
    }

    /** @param partner the registered partner providing the records, required on partner-feed channels */
    IngestSummary deliver(String channel, String partner, List<Map<String, Object>> payloads) {
        return run(context(channel, partner, null), payloads);
    }

    /**
     * Delivers a fixed record from quarantine through its channel's full route again; its outcome replaces the
     * entry's in the ledger. Counted apart from received records (the metrics see {@code replayOf}): the record was
     * counted when it first arrived.
     */
    IngestOutcome replay(String channel, String partner, Map<String, Object> payload, UUID entry) {
        return run(context(channel, partner, entry), List.of(payload))
                .outcomes()
                .get(0);
    }

    private IngestContext context(String channel, String partner, UUID replayOf) {
        String endpoint = MemberChannelRoutes.endpointOf(channel);
        if (!channels.channels().containsKey(channel) || camel.hasEndpoint(endpoint) == null) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "channel", "No channel named " + channel + " is configured");
        }
        boolean partnerFeed = channels.channels().get(channel).partnerFeed();
        if (partnerFeed && (partner == null || partner.isBlank())) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "X-Partner", "A partner feed must name its partner");
        }
        return new IngestContext(
                channel,
                caller.name(),
                caller.roles(),
                RequestIds.current(),
                clock.instant(),
                partnerFeed ? partner : null,
                replayOf);
    }

    private IngestSummary run(IngestContext context, List<Map<String, Object>> payloads) {
        try {
            return producer.requestBody(
                    MemberChannelRoutes.endpointOf(context.channel()),
                    new IngestBatch(context, payloads),
                    IngestSummary.class);
        } catch (CamelExecutionException e) {
            // a problem for the caller may arrive wrapped by the error handler that was retrying the record
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof FieldProblem problem) {
                    throw problem;
                }
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}

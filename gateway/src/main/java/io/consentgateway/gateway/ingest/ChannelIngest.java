package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.gateway.system.RequestIds;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestOutcome;
import io.consentgateway.routes.pipeline.IngestSummary;
import io.consentgateway.routes.pipeline.OutcomeKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
    private final MeterRegistry meters;
    private final Clock clock;

    ChannelIngest(
            CamelContext camel,
            ProducerTemplate producer,
            ChannelProperties channels,
            CurrentCaller caller,
            MeterRegistry meters,
            Clock clock) {
        this.camel = camel;
        this.producer = producer;
        this.channels = channels;
        this.caller = caller;
        this.meters = meters;
        this.clock = clock;
    }

    /** @param partner the registered partner providing the records, required on partner-feed channels */
    IngestSummary deliver(String channel, String partner, List<Map<String, Object>> payloads) {
        IngestSummary summary = run(context(channel, partner, null), payloads);
        // counted once the batch is stored: retried transactions never count twice
        for (OutcomeKind kind : OutcomeKind.values()) {
            meters.counter("gateway.ingest.records", "channel", channel, "outcome", kind.label())
                    .increment(summary.count(kind));
        }
        return summary;
    }

    /**
     * Delivers a fixed record from quarantine through its channel's full route again; its outcome replaces the
     * entry's in the ledger. Counted apart from received records: the record was counted when it first arrived.
     */
    IngestOutcome replay(String channel, String partner, Map<String, Object> payload, UUID entry) {
        IngestOutcome outcome = run(context(channel, partner, entry), List.of(payload))
                .outcomes()
                .get(0);
        meters.counter(
                        "gateway.ingest.replayed",
                        "channel",
                        channel,
                        "outcome",
                        outcome.kind().label())
                .increment();
        return outcome;
    }

    private IngestContext context(String channel, String partner, UUID replayOf) {
        String endpoint = "direct:channel-" + channel;
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
            Timer.Sample started = Timer.start(meters);
            IngestSummary summary = producer.requestBody(
                    "direct:channel-" + context.channel(), new IngestBatch(context, payloads), IngestSummary.class);
            started.stop(meters.timer("gateway.ingest.batch", "channel", context.channel()));
            return summary;
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

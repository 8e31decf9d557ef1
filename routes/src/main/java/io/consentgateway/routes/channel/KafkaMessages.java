package io.consentgateway.routes.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.routes.pipeline.ChannelRecord;
import io.consentgateway.routes.pipeline.ConsentEvidence;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;

/**
 * Reads a message from the ingest topic: {@code {"channel": "wechat", "partner": "...", "records": [...]}}. A
 * message naming a configured channel becomes that channel's batch; a message that cannot be read as one (not JSON,
 * no or an unknown channel, a partner feed without its partner) becomes a single record of channel {@code kafka}
 * carrying the problem, so it is quarantined whole with its reason, never dropped.
 */
final class KafkaMessages {

    static final String UNREADABLE_CHANNEL = "kafka";
    private static final String ACTOR = "kafka";

    private final Set<String> channels;
    private final Set<String> partnerFeeds;
    private final ObjectMapper json;
    private final Clock clock;

    KafkaMessages(Set<String> channels, Set<String> partnerFeeds, ObjectMapper json, Clock clock) {
        this.channels = Set.copyOf(channels);
        this.partnerFeeds = Set.copyOf(partnerFeeds);
        this.json = json;
        this.clock = clock;
    }

    /** @return an {@link IngestBatch} for the channel's route, or the message as a rejected record */
    Object read(Exchange exchange) {
        String message = exchange.getIn().getBody(String.class);
        String position = exchange.getIn().getHeader("kafka.TOPIC", String.class) + "-"
                + exchange.getIn().getHeader("kafka.PARTITION", Object.class) + "-"
                + exchange.getIn().getHeader("kafka.OFFSET", Object.class);
        JsonNode envelope;
        try {
            envelope = message == null ? null : json.readTree(message);
        } catch (JsonProcessingException e) {
            envelope = null;
        }
        if (envelope == null || !envelope.isObject()) {
            return unreadable(position, message, new Rejection("malformed-message", "message"));
        }
        String channel = envelope.path("channel").asText("");
        if (channel.isBlank()) {
            return unreadable(position, message, new Rejection("missing", "channel"));
        }
        if (!channels.contains(channel)) {
            return unreadable(position, message, new Rejection("unknown-channel", "channel"));
        }
        String partner = envelope.path("partner").asText(null);
        boolean partnerFeed = partnerFeeds.contains(channel);
        if (partnerFeed && (partner == null || partner.isBlank())) {
            return unreadable(position, message, new Rejection("missing", "partner"));
        }
        JsonNode records = envelope.path("records");
        if (!records.isArray()) {
            return unreadable(position, message, new Rejection("invalid-type", "records"));
        }
        List<Map<String, Object>> payloads =
                json.convertValue(records, json.getTypeFactory().constructCollectionType(List.class, Map.class));
        IngestContext context = new IngestContext(
                channel, ACTOR, "integrator", "kafka-" + position, clock.instant(), partnerFeed ? partner : null);
        exchange.setProperty("consentGateway.channel", channel);
        return new IngestBatch(context, payloads);
    }

    private List<ChannelRecord> unreadable(String position, String message, Rejection problem) {
        IngestContext context =
                new IngestContext(UNREADABLE_CHANNEL, ACTOR, "integrator", "kafka-" + position, clock.instant());
        RawRecord raw = new RawRecord(UNREADABLE_CHANNEL, position, Map.of(), Map.of());
        return List.of(new ChannelRecord(
                context,
                raw,
                new ConsentEvidence(Optional.empty(), Optional.empty()),
                Map.of("message", message == null ? "" : message),
                Optional.of(problem)));
    }
}

package io.consentgateway.gateway.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Channel {@code web} sign-ups waiting on the ingest topic: {@code messages} batches of {@code perMessage} members
 * each. Every {@code brokenEvery}-th member is broken, alternately without membership consent (refused) and with a
 * wrong ID check digit (quarantined).
 */
public record WebBacklog(List<String> sourceIds, Set<String> refusedSourceIds, Set<String> quarantinedSourceIds) {

    public WebBacklog {
        sourceIds = List.copyOf(sourceIds);
        refusedSourceIds = Set.copyOf(refusedSourceIds);
        quarantinedSourceIds = Set.copyOf(quarantinedSourceIds);
    }

    public static WebBacklog publish(
            String brokers, String topic, WebMembers members, int messages, int perMessage, int brokenEvery)
            throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        List<String> sourceIds = new ArrayList<>();
        Set<String> refused = new HashSet<>();
        Set<String> quarantined = new HashSet<>();
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            for (int message = 0; message < messages; message++) {
                List<Map<String, Object>> records = new ArrayList<>();
                for (int i = 0; i < perMessage; i++) {
                    int position = sourceIds.size() + 1;
                    boolean broken = position % brokenEvery == 0;
                    boolean refuse = broken && (position / brokenEvery) % 2 == 0;
                    Map<String, Object> member = !broken
                            ? members.aMember()
                            : refuse ? members.withoutConsent() : members.withBadCheckDigit();
                    String sourceId = String.valueOf(member.get("sourceId"));
                    sourceIds.add(sourceId);
                    if (broken) {
                        (refuse ? refused : quarantined).add(sourceId);
                    }
                    records.add(member);
                }
                String batch = json.writeValueAsString(Map.of("channel", "web", "records", records));
                producer.send(new ProducerRecord<>(topic, "web-" + message, batch));
            }
            producer.flush();
        }
        return new WebBacklog(sourceIds, refused, quarantined);
    }

    /** The members that can be stored: all but the broken ones. */
    public int storable() {
        return sourceIds.size() - refusedSourceIds.size() - quarantinedSourceIds.size();
    }
}

package io.consentgateway.routes.channel;

import java.util.Objects;
import java.util.Set;

/**
 * The Kafka topic channels publish to, so that several gateway instances share the load (one consumer group).
 *
 * @param brokers bootstrap servers, e.g. {@code kafka-1:9092,kafka-2:9092}
 * @param topic the topic every channel publishes its batches to
 * @param groupId the consumer group the gateway instances share
 * @param consumers consumer threads per instance (each takes partitions of its own)
 * @param partnerFeeds channels whose batches must name a registered partner
 */
public record KafkaIngest(String brokers, String topic, String groupId, int consumers, Set<String> partnerFeeds) {

    public KafkaIngest {
        Objects.requireNonNull(brokers, "brokers");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(groupId, "groupId");
        if (consumers < 1) {
            throw new IllegalArgumentException("consumers must be positive");
        }
        partnerFeeds = Set.copyOf(partnerFeeds);
    }
}

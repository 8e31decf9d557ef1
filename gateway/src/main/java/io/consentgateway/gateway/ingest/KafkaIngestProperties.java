package io.consentgateway.gateway.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.kafka}: the ingest topic channels publish to. Unset brokers means no Kafka route. Every instance
 * pointed at the same topic and group shares the partitions.
 */
@ConfigurationProperties("gateway.kafka")
public record KafkaIngestProperties(String brokers, String topic, String groupId, Integer consumers) {

    public KafkaIngestProperties {
        topic = topic == null || topic.isBlank() ? "consent-gateway.ingest" : topic;
        groupId = groupId == null || groupId.isBlank() ? "consent-gateway" : groupId;
        consumers = consumers == null ? 1 : consumers;
    }

    boolean enabled() {
        return brokers != null && !brokers.isBlank();
    }
}

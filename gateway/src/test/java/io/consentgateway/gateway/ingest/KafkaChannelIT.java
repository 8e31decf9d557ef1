package io.consentgateway.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ingest topic, against an in-process Kafka broker (KRaft) with three partitions. */
@GatewayIntegrationTest
class KafkaChannelIT {

    private static final String TOPIC = "consent-gateway.ingest";
    private static final EmbeddedKafkaKraftBroker KAFKA = kafka();

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final WebMembers members = new WebMembers(21, "kafka-" + UUID.randomUUID());

    @DynamicPropertySource
    static void ingestTopic(DynamicPropertyRegistry registry) {
        registry.add("gateway.kafka.brokers", KAFKA::getBrokersAsString);
        registry.add("gateway.kafka.consumers", () -> "2");
    }

    @AfterAll
    static void stopBroker() {
        KAFKA.destroy();
    }

    private void publish(String key, String message) {
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString());
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, message));
        }
    }

    private String batch(String channel, List<Map<String, Object>> records) throws Exception {
        return json.writeValueAsString(Map.of("channel", channel, "records", records));
    }

    private String outcomeOf(String channel, String sourceId) {
        List<String> outcomes = jdbc.queryForList(
                "select outcome from ingest_outcome where channel = ? and source_id = ?",
                String.class,
                channel,
                sourceId);
        return outcomes.isEmpty() ? null : String.join(",", outcomes);
    }

    @Test
    void batchesPublishedToTheTopicAreStoredLikeDeliveriesOverTheApi() throws Exception {
        Map<String, Object> first = members.aMember();
        Map<String, Object> second = members.aMember();
        Map<String, Object> refused = members.withoutConsent();

        publish("web-1", batch("web", List.of(first, second, refused)));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> outcomeOf("web", String.valueOf(refused.get("sourceId"))) != null);
        assertThat(outcomeOf("web", String.valueOf(first.get("sourceId")))).isEqualTo("stored");
        assertThat(outcomeOf("web", String.valueOf(second.get("sourceId")))).isEqualTo("stored");
        assertThat(outcomeOf("web", String.valueOf(refused.get("sourceId")))).isEqualTo("refused");
    }

    @Test
    void aMessagePublishedTwiceIsStoredOnce() throws Exception {
        Map<String, Object> member = members.aMember();
        String message = batch("web", List.of(member));
        String sourceId = String.valueOf(member.get("sourceId"));

        publish("web-2", message);
        publish("web-2", message);

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String outcomes = outcomeOf("web", sourceId);
            return outcomes != null && outcomes.split(",").length == 2;
        });
        assertThat(outcomeOf("web", sourceId).split(",")).containsExactlyInAnyOrder("stored", "duplicate");
    }

    @Test
    void messagesThatCannotBeReadAreQuarantinedWholeWithTheirReason() {
        publish("junk-1", "{not json");
        publish("junk-2", "{\"channel\": \"fax\", \"records\": []}");
        publish("junk-3", "{\"channel\": \"partner\", \"records\": []}");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from ingest_outcome where channel = 'kafka'", Integer.class)
                        >= 3);
        assertThat(jdbc.queryForList(
                        "select reason from ingest_outcome where channel = 'kafka' and outcome = 'quarantined'",
                        String.class))
                .contains("malformed-message:message", "unknown-channel:channel", "missing:partner");
        assertThat(jdbc.queryForObject(
                        "select count(*) from quarantined_record where channel = 'kafka'", Integer.class))
                .isGreaterThanOrEqualTo(3);
    }

    private static EmbeddedKafkaKraftBroker kafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        broker.afterPropertiesSet();
        return broker;
    }
}

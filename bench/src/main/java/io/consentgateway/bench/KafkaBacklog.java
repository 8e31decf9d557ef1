package io.consentgateway.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Channel {@code web} batches on the ingest topic: {@code messages} messages of {@code perMessage} {@link
 * BenchMembers} each, members 0 to messages × perMessage − 1, keyed by message so they spread over the partitions.
 */
record KafkaBacklog(int messages, int perMessage) {

    int records() {
        return messages * perMessage;
    }

    void publish(String brokers, String topic) throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            for (int message = 0; message < messages; message++) {
                List<Map<String, Object>> records = new ArrayList<>(perMessage);
                for (int i = message * perMessage; i < (message + 1) * perMessage; i++) {
                    records.add(BenchMembers.member(i));
                }
                String batch = json.writeValueAsString(Map.of("channel", "web", "records", records));
                producer.send(new ProducerRecord<>(topic, "web-" + message, batch));
            }
            producer.flush();
        }
    }
}

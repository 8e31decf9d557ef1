package io.consentgateway.gateway.dsr;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Systems that received a customer's data hear of its erasure or correction, and their answers are the proof. */
@GatewayIntegrationTest
class DownstreamNoticesIT {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FLAKY = new AtomicInteger();
    private static final HttpServer WEBHOOKS = webhooks();
    private static final String TOPIC = "consent-gateway.erasures";
    private static final EmbeddedKafkaKraftBroker KAFKA = kafka();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void downstreamSystems(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + WEBHOOKS.getAddress().getPort();
        registry.add("gateway.downstream.systems[0].name", () -> "crm");
        registry.add("gateway.downstream.systems[0].uri", () -> base + "/crm");
        registry.add("gateway.downstream.systems[1].name", () -> "loyalty");
        registry.add("gateway.downstream.systems[1].uri", () -> base + "/loyalty");
        registry.add("gateway.downstream.systems[2].name", () -> "marketing-cloud");
        registry.add(
                "gateway.downstream.systems[2].uri", () -> "kafka:" + TOPIC + "?brokers=" + KAFKA.getBrokersAsString());
        registry.add("gateway.downstream.first-delay", () -> "10ms");
    }

    @AfterAll
    static void stopDownstreamSystems() {
        WEBHOOKS.stop(0);
        KAFKA.destroy();
    }

    // PIPL Art. 47: an erasure reaches every system that received the data, and the certificate says who confirmed.
    @Test
    void anErasureIsToldToEveryDownstreamSystemAndTheCertificateListsTheirAnswers() throws Exception {
        GatewayHttp gateway = new GatewayHttp(port);
        Map<String, Object> member = new WebMembers(11, "downstream-" + UUID.randomUUID()).aMember();
        String subjectId = gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(member))
                .body()
                .path("outcomes")
                .get(0)
                .path("subjectId")
                .asText();
        String requestId = gateway.post(
                        COMPLIANCE,
                        "/api/v1/dsr/requests",
                        Map.of("kind", "delete", "mobile", member.get("mobile"), "channel", "store"))
                .body()
                .path("requestId")
                .asText();
        String message = jdbc.queryForObject(
                "select message from notification_outbox where subject_id = ?::uuid", String.class, subjectId);
        gateway.post(
                COMPLIANCE,
                "/api/v1/dsr/requests/" + requestId + "/verification",
                Map.of("code", message.replaceAll("(?s).*?([0-9]{6}).*", "$1")));

        JsonNode completed = gateway.post(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/completion", Map.of())
                .body();

        assertThat(completed.path("outcome").asText()).contains("3 of 3 downstream systems confirmed");
        JsonNode certificate =
                json.readTree(gateway.get(COMPLIANCE, "/api/v1/dsr/requests/" + requestId + "/certificate")
                        .body()
                        .path("content")
                        .asText());
        assertThat(certificate.path("downstream")).hasSize(3);
        assertThat(certificate.path("downstream").get(2).path("system").asText())
                .isEqualTo("marketing-cloud");
        assertThat(certificate.path("downstream").get(2).path("acknowledged").asBoolean())
                .isTrue();
        assertThat(certificate.path("downstream").get(0).path("system").asText())
                .isEqualTo("crm");
        assertThat(certificate.path("downstream").get(1).path("attempts").asInt())
                .as("the loyalty system failed once and was retried")
                .isEqualTo(2);
        assertThat(RECEIVED)
                .anySatisfy(body -> assertThat(body).contains("\"type\":\"erasure\"", subjectId))
                .allSatisfy(body -> assertThat(body).doesNotContain(String.valueOf(member.get("mobile"))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from downstream_ack where request_id = ?::uuid and acknowledged",
                        Long.class,
                        requestId))
                .isEqualTo(3);
        assertThat(erasuresOnTheTopic()).anySatisfy(record -> {
            assertThat(record.key()).isEqualTo(subjectId);
            assertThat(record.value())
                    .contains("\"type\":\"erasure\"")
                    .doesNotContain(String.valueOf(member.get("mobile")));
        });
    }

    private static List<ConsumerRecord<String, String>> erasuresOnTheTopic() {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "downstream-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 15_000;
            while (records.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static EmbeddedKafkaKraftBroker kafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
        broker.afterPropertiesSet();
        return broker;
    }

    private static HttpServer webhooks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/crm", exchange -> {
                RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.createContext("/loyalty", exchange -> {
                RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(FLAKY.incrementAndGet() % 2 == 1 ? 502 : 200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

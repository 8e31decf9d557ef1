package io.consentgateway.routes.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fan-out over real HTTP (camel-http against a local server): retries, acknowledgements, no values sent. */
class DownstreamFanoutRouteTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private HttpServer server;
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/flaky", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(flakyCalls.incrementAndGet() < 3 ? 502 : 204, -1);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        camel = new DefaultCamelContext();
        camel.addRoutes(new DownstreamFanoutRoute(3, 10));
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.stop(0);
    }

    // PIPL Art. 47: recipients are told of an erasure, and whether each confirmed is recorded.
    @Test
    void eachSystemIsToldWithRetriesAndItsAcknowledgementIsReported() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        DownstreamNotice notice = new DownstreamNotice(
                "erasure", UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-11-25T00:00:00Z"), List.of());

        List<DownstreamAck> acks = DownstreamFanoutRoute.notifyAll(
                producer,
                List.of(new DownstreamSystem("crm", base + "/flaky"), new DownstreamSystem("loyalty", base + "/down")),
                notice);

        assertThat(acks.get(0)).isEqualTo(new DownstreamAck("crm", true, 3, null));
        assertThat(acks.get(1).acknowledged()).isFalse();
        assertThat(acks.get(1).attempts()).isEqualTo(4);
        assertThat(acks.get(1).failure()).isEqualTo("HttpOperationFailedException");
        assertThat(received.get(0))
                .contains("\"type\":\"erasure\"", notice.subjectId().toString())
                .doesNotContain("mobile");
    }

    @Test
    void aCorrectionNamesTheFieldsNotTheValues() {
        DownstreamNotice notice = new DownstreamNotice(
                "correction", UUID.randomUUID(), UUID.randomUUID(), Instant.now(), List.of("name", "mobile"));
        assertThat(notice.toJson()).contains("\"fields\":[\"name\",\"mobile\"]");
    }
}

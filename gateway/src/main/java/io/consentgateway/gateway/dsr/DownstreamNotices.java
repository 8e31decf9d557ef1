package io.consentgateway.gateway.dsr;

import io.consentgateway.routes.downstream.DownstreamAck;
import io.consentgateway.routes.downstream.DownstreamFanoutRoute;
import io.consentgateway.routes.downstream.DownstreamNotice;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells the configured downstream systems of a correction or erasure and records how each answered. */
@Component
class DownstreamNotices {

    private final ProducerTemplate producer;
    private final DownstreamProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DownstreamNotices(ProducerTemplate producer, DownstreamProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.producer = producer;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<DownstreamAck> tell(String type, UUID subjectId, UUID requestId, List<String> fields) {
        DownstreamNotice notice = new DownstreamNotice(type, subjectId, requestId, clock.instant(), fields);
        List<DownstreamAck> acks = DownstreamFanoutRoute.notifyAll(producer, properties.systems(), notice);
        for (DownstreamAck ack : acks) {
            jdbc.update(
                    "insert into downstream_ack (request_id, system, notice_type, acknowledged, attempts, failure,"
                            + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
                    requestId,
                    ack.system(),
                    type,
                    ack.acknowledged(),
                    ack.attempts(),
                    ack.failure(),
                    Timestamp.from(clock.instant()));
        }
        return acks;
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        DownstreamFanoutRoute downstreamFanoutRoute(DownstreamProperties properties) {
            return new DownstreamFanoutRoute(
                    properties.redeliveries(), properties.firstDelay().toMillis());
        }
    }
}

package io.consentgateway.gateway.dsr;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deadlines as metrics: open requests and overdue ones (alert on {@code gateway.dsr.requests.overdue > 0}). Counts
 * only; no label carries anything about a person.
 */
@Component
class RequestDeadlineMetrics {

    private static final String OPEN = "state not in ('completed', 'refused')";

    RequestDeadlineMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        Gauge.builder(
                        "gateway.dsr.requests.open",
                        () -> jdbc.queryForObject("select count(*) from dsr_request where " + OPEN, Long.class))
                .description("Data-subject requests not yet completed or refused")
                .register(registry);
        Gauge.builder(
                        "gateway.dsr.requests.overdue",
                        () -> jdbc.queryForObject(
                                "select count(*) from dsr_request where " + OPEN + " and due_at < ?",
                                Long.class,
                                Timestamp.from(clock.instant())))
                .description("Open data-subject requests past their deadline (PIPL Art. 50)")
                .register(registry);
    }
}

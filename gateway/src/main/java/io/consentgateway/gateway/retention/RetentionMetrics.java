package io.consentgateway.gateway.retention;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * {@code gateway.retention.past-due.subjects} ({@code gateway_retention_past_due_subjects} in Prometheus): customers
 * past retention at the last count, by a purge, a dry run as of now or the status. The goal is 0. No labels.
 */
@Component
class RetentionMetrics {

    private final AtomicLong pastDue = new AtomicLong();

    RetentionMetrics(MeterRegistry registry) {
        Gauge.builder("gateway.retention.past-due.subjects", pastDue, AtomicLong::get)
                .description("Customers past retention and not yet erased (PIPL Arts. 19, 47); the goal is 0")
                .register(registry);
    }

    void pastDue(long subjects) {
        pastDue.set(subjects);
    }
}

package io.consentgateway.gateway.audit;

import io.consentgateway.policies.retention.AuditRetention;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.audit.*}.
 *
 * @param checkpointEveryRows sign a checkpoint once this many links were added since the last one
 * @param checkpointEvery ... or once this much time passed with any new link
 * @param chainInterval how often pending audit rows are chained
 * @param auditRowRetention how long audit rows are kept at least (not below 6 months)
 * @param processingRecordRetention how long processing records are kept at least (not below 3 years)
 */
@ConfigurationProperties("gateway.audit")
record AuditProperties(
        @DefaultValue("1000") int checkpointEveryRows,
        @DefaultValue("5m") Duration checkpointEvery,
        @DefaultValue("1s") Duration chainInterval,
        @DefaultValue("P6M") Period auditRowRetention,
        @DefaultValue("P3Y") Period processingRecordRetention) {

    AuditProperties {
        if (checkpointEveryRows < 1) {
            throw new IllegalArgumentException("gateway.audit.checkpoint-every-rows must be at least 1");
        }
        AuditRetention.of(auditRowRetention, processingRecordRetention); // refuses to start below the legal minimums
    }
}

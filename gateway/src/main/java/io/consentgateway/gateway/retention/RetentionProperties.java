package io.consentgateway.gateway.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.retention.*}.
 *
 * @param enabled whether the scheduled purge runs (runs on request are always possible)
 * @param schedule Spring cron expression of the scheduled purge, in {@code zone}; {@code -} disables it
 * @param zone the zone of the schedule
 * @param batchSize subjects examined per transaction; the checkpoint advances after each batch
 */
@ConfigurationProperties("gateway.retention")
record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 3 * * *") String schedule,
        @DefaultValue("Asia/Shanghai") String zone,
        @DefaultValue("500") int batchSize) {

    RetentionProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("gateway.retention.batch-size must be at least 1");
        }
    }
}

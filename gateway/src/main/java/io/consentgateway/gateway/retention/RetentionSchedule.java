package io.consentgateway.gateway.retention;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled purge: continues interrupted runs from their checkpoints, or starts a purge as of now. */
@Component
@ConditionalOnProperty(name = "gateway.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionSchedule {

    private final RetentionPurge purge;

    RetentionSchedule(RetentionPurge purge) {
        this.purge = purge;
    }

    @Scheduled(cron = "${gateway.retention.schedule:0 0 3 * * *}", zone = "${gateway.retention.zone:Asia/Shanghai}")
    void tick() {
        purge.scheduled();
    }
}

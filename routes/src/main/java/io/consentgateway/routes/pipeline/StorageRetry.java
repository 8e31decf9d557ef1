package io.consentgateway.routes.pipeline;

/** How often and how patiently a failing store is retried before the record is quarantined. */
public record StorageRetry(int attempts, long firstDelayMillis) {

    public StorageRetry {
        if (attempts < 0 || firstDelayMillis < 0) {
            throw new IllegalArgumentException("retry attempts and delay must not be negative");
        }
    }
}

package io.consentgateway.gateway.keys;

import java.time.Instant;
import java.util.UUID;

/** Where a KEK rotation stands. */
public record KeyRotationStatus(
        UUID id,
        String fromKek,
        String toKek,
        String status,
        long rewrapped,
        String requestedBy,
        Instant startedAt,
        Instant completedAt) {}

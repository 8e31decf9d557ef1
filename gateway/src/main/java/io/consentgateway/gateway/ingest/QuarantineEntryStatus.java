package io.consentgateway.gateway.ingest;

import java.util.Arrays;
import java.util.Locale;

/** Where a quarantine entry stands: waiting for a fix, replayed through its channel, or given up. */
enum QuarantineEntryStatus {
    OPEN,
    REPLAYED,
    DISCARDED;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static QuarantineEntryStatus fromLabel(String label) {
        return Arrays.stream(values())
                .filter(status -> status.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown quarantine status " + label));
    }
}

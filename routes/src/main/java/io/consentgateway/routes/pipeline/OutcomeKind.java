package io.consentgateway.routes.pipeline;

import java.util.Locale;

/** The four ends a received record can reach; every record reaches exactly one. */
public enum OutcomeKind {
    STORED,
    DUPLICATE,
    QUARANTINED,
    REFUSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

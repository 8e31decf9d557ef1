package io.consentgateway.policies.segment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer's recency (whole days since the last order, in Beijing dates), frequency (orders in the scheme's window)
 * and monetary value (yuan paid in the window).
 */
public record RfmFigures(int recencyDays, int frequency, BigDecimal monetary) {

    public RfmFigures {
        Objects.requireNonNull(monetary, "monetary");
        if (recencyDays < 0 || frequency < 0 || monetary.signum() < 0) {
            throw new IllegalArgumentException("RFM figures are never negative");
        }
    }
}

package io.consentgateway.samples;

import java.math.BigDecimal;

/** One product in an order; the price is per piece, in CNY with two decimals. */
public record OrderLine(String title, String category, int quantity, BigDecimal price) {

    public BigDecimal amount() {
        return price.multiply(BigDecimal.valueOf(quantity));
    }
}

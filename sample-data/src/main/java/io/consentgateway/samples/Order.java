package io.consentgateway.samples;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order in Beijing time on one of the order channels (taobao, jd, pos).
 *
 * @param storeCode the store, for pos sales only
 */
public record Order(
        String channel, LocalDateTime placedAt, List<OrderLine> lines, BigDecimal discount, String storeCode) {

    public Order {
        lines = List.copyOf(lines);
    }

    public BigDecimal total() {
        return lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the customer paid: the total less the discount. */
    public BigDecimal paid() {
        return total().subtract(discount);
    }
}

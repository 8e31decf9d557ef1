package io.consentgateway.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * 0 to 10 orders per customer over the 400 days before the reference date, on taobao, jd or in a store. Dates are
 * drawn independently, so customers with more orders also tend to have ordered more recently, and every RFM tier
 * (recency 30/60/90/180 days, frequency 1 to 8, monetary 100 to 5,000 CNY) is populated.
 */
final class OrderFactory {

    static final int DAYS_BACK = 400;
    private static final WeightedChoice ORDER_COUNT =
            new WeightedChoice(new int[] {15, 20, 15, 12, 10, 8, 6, 5, 4, 3, 2});
    private static final List<String> CHANNELS = List.of("taobao", "jd", "pos");
    private static final WeightedChoice CHANNEL = new WeightedChoice(new int[] {40, 30, 30});
    private static final List<BigDecimal> DISCOUNTS = List.of("5.00", "10.00", "20.00", "30.00", "50.00").stream()
            .map(BigDecimal::new)
            .toList();
    private static final BigDecimal NO_DISCOUNT = new BigDecimal("0.00");
    private static final int OPENING_HOUR = 8;
    private static final int OPEN_SECONDS = 15 * 3600;

    private final Random random;
    private final LocalDate referenceDate;

    OrderFactory(Random random, LocalDate referenceDate) {
        this.random = random;
        this.referenceDate = referenceDate;
    }

    List<Order> ordersOf(Division home) {
        int count = ORDER_COUNT.pick(random);
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(order(CHANNELS.get(CHANNEL.pick(random)), home));
        }
        orders.sort(Comparator.comparing(Order::placedAt));
        return orders;
    }

    private Order order(String channel, Division home) {
        LocalDateTime placedAt = referenceDate
                .minusDays(1 + random.nextInt(DAYS_BACK))
                .atTime(OPENING_HOUR, 0)
                .plusSeconds(random.nextInt(OPEN_SECONDS));
        boolean store = channel.equals("pos");
        int lineCount = store ? 1 : 1 + random.nextInt(3);
        List<OrderLine> lines = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            Catalogue.Product product = Catalogue.PRODUCTS.get(random.nextInt(Catalogue.PRODUCTS.size()));
            int quantity = random.nextInt(5) == 0 ? 2 : 1;
            lines.add(new OrderLine(product.title(), product.category(), quantity, product.price()));
        }
        BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = DISCOUNTS.get(random.nextInt(DISCOUNTS.size()));
        if (random.nextInt(10) >= 3 || discount.multiply(BigDecimal.valueOf(2)).compareTo(total) >= 0) {
            discount = NO_DISCOUNT;
        }
        return new Order(channel, placedAt, lines, discount, store ? storeFor(home) : null);
    }

    private String storeFor(Division home) {
        List<Places.Store> nearby = Places.STORES.stream()
                .filter(store -> store.city().equals(home.city()))
                .toList();
        List<Places.Store> candidates = nearby.isEmpty() ? Places.STORES : nearby;
        return candidates.get(random.nextInt(candidates.size())).code();
    }
}

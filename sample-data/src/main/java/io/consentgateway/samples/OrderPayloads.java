package io.consentgateway.samples;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;

/** Orders in the shapes Taobao and JD deliver them; times in Beijing time, amounts as strings with two decimals. */
final class OrderPayloads {

    static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final long FIRST_TID = 3_800_000_000_000L;
    private static final long FIRST_JD_ORDER = 300_000_000_000L;

    private final Random random;

    OrderPayloads(Random random) {
        this.random = random;
    }

    /** @param sequence position among the platform's orders; ids grow with it, as the platforms' do */
    Map<String, Object> taobao(Customer customer, Order order, int sequence) {
        Division division = customer.division();
        Map<String, Object> record = new OrderedFields();
        record.put("tid", (FIRST_TID + sequence) + String.format("%06d", random.nextInt(1_000_000)));
        record.put("receiver_name", customer.name());
        record.put("receiver_mobile", customer.mobile());
        record.put("receiver_state", division.province());
        record.put("receiver_city", division.city());
        record.put("receiver_district", division.district());
        record.put("receiver_address", customer.street());
        record.put("payment", Money.format(order.paid()));
        record.put("discount_fee", Money.format(order.discount()));
        record.put("created", order.placedAt().format(PLATFORM_TIME));
        record.put(
                "orders",
                order.lines().stream()
                        .map(line -> {
                            Map<String, Object> item = new OrderedFields();
                            item.put("title", line.title());
                            item.put("category", line.category());
                            item.put("num", line.quantity());
                            item.put("price", Money.format(line.price()));
                            return item;
                        })
                        .toList());
        return record;
    }

    Map<String, Object> jd(Customer customer, Order order, int sequence) {
        Division division = customer.division();
        Map<String, Object> consignee = new OrderedFields();
        consignee.put("fullname", customer.name());
        consignee.put("mobile", customer.mobile());
        consignee.put("province", division.province());
        consignee.put("city", division.city());
        consignee.put("county", division.district());
        consignee.put("fullAddress", division.fullAddress(customer.street()));
        Map<String, Object> record = new OrderedFields();
        record.put("orderId", String.valueOf(FIRST_JD_ORDER + 17L * sequence + random.nextInt(17)));
        record.put("orderPayment", Money.format(order.paid()));
        record.put("orderStartTime", order.placedAt().format(PLATFORM_TIME));
        record.put("consigneeInfo", consignee);
        record.put(
                "itemInfoList",
                order.lines().stream()
                        .map(line -> {
                            Map<String, Object> item = new OrderedFields();
                            item.put("skuName", line.title());
                            item.put("category", line.category());
                            return item;
                        })
                        .toList());
        return record;
    }
}

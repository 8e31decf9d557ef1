package io.consentgateway.samples;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersTest {

    private static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SampleSet set = SampleData.generate(Settings.defaults());
    private final LocalDate reference = set.settings().referenceDate();

    @Test
    void customersHaveNoneToTenOrdersInTheFourHundredDaysBeforeTheReferenceDate() {
        assertThat(set.customers()).allSatisfy(customer -> {
            assertThat(customer.orders()).hasSizeBetween(0, 10);
            customer.orders()
                    .forEach(order -> assertThat(order.placedAt().toLocalDate())
                            .isBefore(reference)
                            .isAfterOrEqualTo(reference.minusDays(400)));
        });
        assertThat(set.customers().stream().map(c -> c.orders().size()).collect(Collectors.toSet()))
                .containsAll(List.of(0, 1, 5, 8, 10));
    }

    @Test
    void everyRfmTierIsPopulated() {
        List<Customer> buyers =
                set.customers().stream().filter(c -> !c.orders().isEmpty()).toList();
        assertThat(buyers.stream().map(this::recencyDays))
                .anyMatch(days -> days <= 30)
                .anyMatch(days -> days > 30 && days <= 60)
                .anyMatch(days -> days > 60 && days <= 90)
                .anyMatch(days -> days > 90 && days < 180)
                .anyMatch(days -> days >= 180);
        assertThat(buyers.stream().map(c -> c.orders().size()).collect(Collectors.toSet()))
                .containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        assertThat(buyers.stream().map(OrdersTest::monetary))
                .anyMatch(m -> m.compareTo(new BigDecimal("500")) < 0)
                .anyMatch(m -> m.compareTo(new BigDecimal("500")) >= 0 && m.compareTo(new BigDecimal("2000")) < 0)
                .anyMatch(m -> m.compareTo(new BigDecimal("2000")) >= 0 && m.compareTo(new BigDecimal("5000")) <= 0);
        // PRODUCT.md's "high value": R <= 30 days, F >= 5, M >= 2000 CNY
        assertThat(buyers)
                .anyMatch(c -> recencyDays(c) <= 30
                        && c.orders().size() >= 5
                        && monetary(c).compareTo(new BigDecimal("2000")) >= 0);
    }

    @Test
    void platformFilesCarryEveryOrderOfTheirChannelOnceBesidesTheDeclaredDuplicates() {
        for (String channel : List.of("taobao", "jd")) {
            long orders = set.customers().stream()
                    .flatMap(c -> c.orders().stream())
                    .filter(order -> order.channel().equals(channel))
                    .count();
            ChannelFile file = set.channelFile(channel + ".json");
            assertThat(file.recordCount())
                    .isEqualTo(orders
                            + file.cases().get(CaseKind.DUPLICATE_SOURCE_ID).size());
        }
        long pos = set.customers().stream()
                .flatMap(c -> c.orders().stream())
                .filter(order -> order.channel().equals("pos"))
                .count();
        assertThat(set.posFiles().stream().mapToInt(PosFile::recordCount).sum()).isEqualTo(pos);
    }

    @Test
    void taobaoPaymentIsTheItemsLessTheDiscountInYuanWithTwoDecimals() {
        ChannelFile taobao = set.channelFile("taobao.json");
        Set<String> malformed = Set.copyOf(taobao.cases().get(CaseKind.MALFORMED_AMOUNT));
        for (Map<String, Object> record : taobao.records()) {
            LocalDateTime.parse((String) record.get("created"), PLATFORM_TIME);
            if (malformed.contains(record.get("tid"))) {
                assertThat((String) record.get("payment")).matches("[0-9]+,[0-9]元");
                continue;
            }
            BigDecimal items = ((List<?>) record.get("orders"))
                    .stream()
                            .map(line -> (Map<?, ?>) line)
                            .map(line -> new BigDecimal((String) line.get("price"))
                                    .multiply(BigDecimal.valueOf((Integer) line.get("num"))))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat((String) record.get("payment")).matches("[0-9]+\\.[0-9]{2}");
            assertThat(new BigDecimal((String) record.get("payment")))
                    .isEqualTo(items.subtract(new BigDecimal((String) record.get("discount_fee"))));
            ((List<?>) record.get("orders"))
                    .forEach(line ->
                            assertThat(Catalogue.CATEGORIES).contains((String) ((Map<?, ?>) line).get("category")));
        }
    }

    @Test
    void jdConsigneeAddressIsInTheDivisionOfTheConsignee() {
        for (Map<String, Object> record : set.records("jd")) {
            Map<?, ?> consignee = (Map<?, ?>) record.get("consigneeInfo");
            assertThat((String) consignee.get("fullAddress"))
                    .startsWith((String) consignee.get("province"))
                    .contains((String) consignee.get("county"));
            assertThat((String) record.get("orderId")).matches("[0-9]{12}");
        }
    }

    private long recencyDays(Customer customer) {
        LocalDate last =
                customer.orders().get(customer.orders().size() - 1).placedAt().toLocalDate();
        return DAYS.between(last, reference);
    }

    private static BigDecimal monetary(Customer customer) {
        return customer.orders().stream().map(Order::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

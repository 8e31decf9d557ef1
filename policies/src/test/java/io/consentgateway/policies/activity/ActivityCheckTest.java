package io.consentgateway.policies.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.activity.ActivityCheck.Separated;
import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.AmountNormaliser;
import io.consentgateway.policies.validation.DateTimeNormaliser;
import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.policies.validation.Validated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityCheckTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneOffset.UTC);
    private final ActivityCheck check =
            new ActivityCheck(new AmountNormaliser(), new DateTimeNormaliser(NOW, ZoneId.of("Asia/Shanghai")));

    private static RawRecord order(Map<String, String> activity) {
        Map<String, String> fields = new HashMap<>(Map.of("name", "王小明", "mobile", "13700001001"));
        fields.putAll(activity);
        return new RawRecord("taobao", "tb-1", fields, Map.of());
    }

    @Test
    void anOrderIsSeparatedFromThePersonItIsAbout() {
        Validated<Separated> checked = check.check(order(Map.of(
                "orderAmount", "¥1,299.50",
                "orderDiscount", "20",
                "orderedAt", "2026-11-01 10:00:00",
                "orderCategory", " 数码 ",
                "storeCode", "SH-001")));

        Separated separated = ((Validated.Valid<Separated>) checked).value();
        assertThat(separated.member().fields()).containsOnlyKeys("name", "mobile");
        assertThat(separated.activity())
                .contains(new Activity.Purchase(
                        new BigDecimal("1299.50"),
                        new BigDecimal("20.00"),
                        Instant.parse("2026-11-01T02:00:00Z"),
                        Optional.of("数码"),
                        Optional.of("SH-001")));
    }

    @Test
    void aRecordWithoutActivityFieldsIsOnlyAPerson() {
        Validated<Separated> checked = check.check(order(Map.of()));
        assertThat(((Validated.Valid<Separated>) checked).value().activity()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12,5元 | invalid-amount",
                "-5.00 | negative-amount",
                "12.345 | invalid-amount",
                "1,00,000 | invalid-amount",
                "abc | invalid-amount",
                "100000000 | amount-out-of-range"
            })
    void amountsThatCannotBeReadUnambiguouslyAreRejectedNamingTheField(String amount, String code) {
        Validated<Separated> checked =
                check.check(order(Map.of("orderAmount", amount, "orderedAt", "2026-11-01 10:00:00")));
        assertThat(checked).isEqualTo(Validated.invalid(code, "orderAmount"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"１９９.００, 199.00", "RMB 88, 88.00", "88元, 88.00", "'12,345.6', 12345.60", "0, 0.00"})
    void commonAmountSpellingsAreCorrected(String amount, String expected) {
        Validated<Separated> checked =
                check.check(order(Map.of("orderAmount", amount, "orderedAt", "2026-11-01T10:00:00+08:00")));
        Activity.Purchase purchase = (Activity.Purchase)
                ((Validated.Valid<Separated>) checked).value().activity().orElseThrow();
        assertThat(purchase.amount()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void anOrderTimeAheadOfOurClockIsRejected() {
        assertThat(check.check(order(Map.of("orderAmount", "10", "orderedAt", "2026-11-20 12:30:00"))))
                .isEqualTo(Validated.invalid("date-in-future", "orderedAt"));
        assertThat(check.check(order(Map.of("orderAmount", "10", "orderedAt", "2026-11-20 12:03:00"))))
                .isInstanceOf(Validated.Valid.class);
    }

    @Test
    void anOrderNeedsItsTime() {
        assertThat(check.check(order(Map.of("orderAmount", "10"))))
                .isEqualTo(Validated.invalid("missing", "orderedAt"));
    }

    @Test
    void aCheckInNeedsAnEventCodeAndATime() {
        assertThat(check.check(order(Map.of("checkedInAt", "2026-11-01 10:00"))))
                .isEqualTo(Validated.invalid("missing", "eventCode"));
        assertThat(check.check(order(Map.of("eventCode", "EVT 1", "checkedInAt", "2026-11-01 10:00"))))
                .isEqualTo(Validated.invalid("invalid-event-code", "eventCode"));
        Validated<Separated> checked =
                check.check(order(Map.of("eventCode", "SH-OPENING", "checkedInAt", "2026/11/1 10:00")));
        assertThat(((Validated.Valid<Separated>) checked).value().activity())
                .contains(new Activity.CheckIn("SH-OPENING", Instant.parse("2026-11-01T02:00:00Z")));
    }

    @Test
    void aRecordIsEitherAPurchaseOrACheckInNeverBoth() {
        Validated<Separated> checked = check.check(order(Map.of(
                "orderAmount", "10", "orderedAt", "2026-11-01 10:00", "eventCode", "E1", "checkedInAt", "2026-11-01")));
        assertThat(checked).isEqualTo(new Validated.Invalid<>(new Rejection("mixed-activity", "eventCode")));
    }
}

package io.consentgateway.policies.activity;

import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.AmountNormaliser;
import io.consentgateway.policies.validation.DateTimeNormaliser;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import io.consentgateway.policies.validation.WidthFolding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Separates the activity a record reports (an order, a sale, a check-in) from the person it is about, and
 * validates it. A record carrying {@code orderAmount} is a purchase and needs {@code orderedAt}; one carrying
 * {@code eventCode} is a check-in and needs {@code checkedInAt}. What remains is the member part, checked by
 * {@link io.consentgateway.policies.record.MemberRecordCheck}.
 */
public final class ActivityCheck {

    public static final String ORDER_AMOUNT = "orderAmount";
    public static final String ORDER_DISCOUNT = "orderDiscount";
    public static final String ORDERED_AT = "orderedAt";
    public static final String ORDER_CATEGORY = "orderCategory";
    public static final String STORE_CODE = "storeCode";
    public static final String EVENT_CODE = "eventCode";
    public static final String CHECKED_IN_AT = "checkedInAt";
    public static final Set<String> FIELDS =
            Set.of(ORDER_AMOUNT, ORDER_DISCOUNT, ORDERED_AT, ORDER_CATEGORY, STORE_CODE, EVENT_CODE, CHECKED_IN_AT);

    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}._\\-]{1,64}");
    private static final Pattern LABEL = Pattern.compile("[^\\p{Cntrl}]{1,64}");

    /** The record without its activity fields, and the activity if it reported one. */
    public record Separated(RawRecord member, Optional<Activity> activity) {}

    private final AmountNormaliser amounts;
    private final DateTimeNormaliser times;

    public ActivityCheck(AmountNormaliser amounts, DateTimeNormaliser times) {
        this.amounts = Objects.requireNonNull(amounts);
        this.times = Objects.requireNonNull(times);
    }

    public Validated<Separated> check(RawRecord record) {
        Map<String, String> member = new HashMap<>(record.fields());
        Map<String, String> activity = new HashMap<>();
        FIELDS.forEach(name -> {
            String value = member.remove(name);
            if (value != null && !value.isBlank()) {
                activity.put(name, value);
            }
        });
        RawRecord person = new RawRecord(record.channel(), record.sourceId(), member, record.consents());
        if (activity.isEmpty()) {
            return Validated.valid(new Separated(person, Optional.empty()));
        }
        boolean purchase = activity.containsKey(ORDER_AMOUNT) || activity.containsKey(ORDERED_AT);
        boolean checkIn = activity.containsKey(EVENT_CODE) || activity.containsKey(CHECKED_IN_AT);
        if (purchase && checkIn) {
            return Validated.invalid("mixed-activity", EVENT_CODE);
        }
        Validated<? extends Activity> checked = checkIn ? checkIn(activity) : purchase(activity);
        return checked.map(done -> new Separated(person, Optional.of(done)));
    }

    private Validated<? extends Activity> purchase(Map<String, String> fields) {
        Validated<BigDecimal> amount = amounts.normalise(ORDER_AMOUNT, fields.get(ORDER_AMOUNT));
        if (amount instanceof Invalid<BigDecimal> invalid) {
            return new Invalid<>(invalid.rejection());
        }
        BigDecimal discount = BigDecimal.ZERO.setScale(2);
        if (fields.containsKey(ORDER_DISCOUNT)) {
            Validated<BigDecimal> given = amounts.normalise(ORDER_DISCOUNT, fields.get(ORDER_DISCOUNT));
            if (given instanceof Invalid<BigDecimal> invalid) {
                return new Invalid<>(invalid.rejection());
            }
            discount = ((Valid<BigDecimal>) given).value();
        }
        Validated<Instant> at = times.normalise(ORDERED_AT, fields.get(ORDERED_AT));
        if (at instanceof Invalid<Instant> invalid) {
            return new Invalid<>(invalid.rejection());
        }
        Optional<String> category = label(fields.get(ORDER_CATEGORY));
        if (fields.containsKey(ORDER_CATEGORY) && category.isEmpty()) {
            return Validated.invalid("invalid-category", ORDER_CATEGORY);
        }
        Optional<String> store = code(fields.get(STORE_CODE));
        if (fields.containsKey(STORE_CODE) && store.isEmpty()) {
            return Validated.invalid("invalid-store-code", STORE_CODE);
        }
        return Validated.valid(new Activity.Purchase(
                ((Valid<BigDecimal>) amount).value(), discount, ((Valid<Instant>) at).value(), category, store));
    }

    private Validated<? extends Activity> checkIn(Map<String, String> fields) {
        Optional<String> event = code(fields.get(EVENT_CODE));
        if (event.isEmpty()) {
            return Validated.invalid(fields.containsKey(EVENT_CODE) ? "invalid-event-code" : "missing", EVENT_CODE);
        }
        return times.normalise(CHECKED_IN_AT, fields.get(CHECKED_IN_AT))
                .map(at -> new Activity.CheckIn(event.get(), at));
    }

    private static Optional<String> code(String raw) {
        return Optional.ofNullable(raw)
                .map(value -> WidthFolding.fold(value.strip()))
                .filter(value -> CODE.matcher(value).matches());
    }

    private static Optional<String> label(String raw) {
        return Optional.ofNullable(raw)
                .map(value -> value.strip().replaceAll("\\s+", " "))
                .filter(value -> LABEL.matcher(value).matches());
    }
}

package io.consentgateway.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Breaks exactly {@code round(share × good records)} records of a file in each way that applies to it, each record
 * in at most one way, so that the manifest can state exact counts and every broken record fails for one reason.
 */
final class Breakage {

    private final Settings settings;
    private final Random random;

    Breakage(Settings settings, Random random) {
        this.settings = settings;
        this.random = random;
    }

    void breakInPlace(ChannelBatch batch) {
        for (CaseKind kind : batch.channel().breakages()) {
            batch.expect(kind);
            List<Integer> chosen = choose(batch.untouched(eligibleFor(kind)), settings.quota(batch.goodRecords()));
            for (int position : chosen) {
                apply(kind, batch, position);
                batch.breakRecord(kind, position);
            }
        }
    }

    /** Delivers some good, unbroken records a second time at the end of the file. */
    void duplicate(ChannelBatch batch) {
        batch.expect(CaseKind.DUPLICATE_SOURCE_ID);
        for (int position : choose(batch.untouched(record -> true), settings.quota(batch.goodRecords()))) {
            batch.appendDuplicate(position);
        }
    }

    /** {@code count} of the candidates, chosen at random, in their original order. */
    <T extends Comparable<T>> List<T> choose(List<T> candidates, int count) {
        List<T> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        List<T> chosen = new ArrayList<>(shuffled.subList(0, Math.min(count, shuffled.size())));
        Collections.sort(chosen);
        return chosen;
    }

    private static Predicate<Map<String, Object>> eligibleFor(CaseKind kind) {
        return switch (kind) {
            case BAD_CHECK_DIGIT -> record -> record.containsKey("idNumber");
            case FUTURE_BIRTH_DATE -> record -> record.containsKey("birthDate");
            default -> record -> true;
        };
    }

    private void apply(CaseKind kind, ChannelBatch batch, int position) {
        Map<String, Object> record = batch.record(position);
        switch (kind) {
            case BAD_CHECK_DIGIT ->
                record.put("idNumber", ResidentIds.withWrongCheckCharacter((String) record.get("idNumber")));
            case TEN_DIGIT_MOBILE -> {
                String field = batch.channel().mobileField();
                record.put(field, Mobiles.tenDigits((String) record.get(field)));
            }
            case FUTURE_BIRTH_DATE -> record.put("birthDate", futureBirthDate().toString());
            case MISSING_CONSENT -> record.put("consents", withoutMembership(record.get("consents")));
            case MALFORMED_AMOUNT -> {
                String field = batch.channel() == Channel.JD ? "orderPayment" : "payment";
                record.put(field, Money.malformed(new BigDecimal((String) record.get(field))));
            }
            default -> throw new IllegalArgumentException(kind.label() + " is not a change to a record");
        }
    }

    // Far enough ahead that the record is still "from the future" when the samples are used years later.
    private LocalDate futureBirthDate() {
        return settings.referenceDate().plusYears(2).plusDays(random.nextInt(3 * 365));
    }

    /** Consent to membership refused or never asked: both are a missing consent to the essential purpose. */
    private Map<String, Object> withoutMembership(Object consents) {
        @SuppressWarnings("unchecked")
        Map<String, Object> changed = new OrderedFields((Map<String, Object>) consents);
        if (random.nextBoolean()) {
            changed.put("membership", false);
        } else {
            changed.remove("membership");
        }
        return changed;
    }
}

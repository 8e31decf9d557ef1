package io.consentgateway.policies.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Gender as recorded (GB/T 2261.1 codes 1 and 2, Chinese and English words accepted). */
public enum Gender {
    MALE,
    FEMALE;

    private static final Map<String, Gender> SPELLINGS = Map.of(
            "m", MALE, "male", MALE, "男", MALE, "1", MALE, "f", FEMALE, "female", FEMALE, "女", FEMALE, "2", FEMALE);

    public static Optional<Gender> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(SPELLINGS.get(WidthFolding.fold(raw.strip()).toLowerCase(Locale.ROOT)));
    }
}

package io.consentgateway.policies.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An 18-digit resident identity number (居民身份证号码) whose check digit is valid, upper-case X. Construct through
 * {@link ResidentIdNumberValidator}, which also checks the division code and birth date.
 */
public record ResidentIdNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public ResidentIdNumber {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches() || IdCheckDigit.of(value.substring(0, 17)) != value.charAt(17)) {
            throw new IllegalArgumentException("not a valid 18-digit resident identity number");
        }
    }

    /** Administrative division code (GB/T 2260) of the place of registration. */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BASIC_DATE);
    }

    /** The 17th digit is odd for men and even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    @Override
    public String toString() {
        return "ResidentIdNumber[redacted]";
    }
}

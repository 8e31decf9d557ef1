package io.consentgateway.policies.validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a resident identity number: 18 characters (a legacy 15-digit number is upgraded), a known
 * provincial-level division code, a real birth date that is not in the future, and the ISO 7064 MOD 11-2 check
 * character (lower-case x accepted).
 */
public final class ResidentIdNumberValidator {

    private static final Pattern EIGHTEEN = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern FIFTEEN = Pattern.compile("[0-9]{15}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** GB/T 2260 provincial-level codes: the first two digits of every division code. */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private final Clock clock;

    public ResidentIdNumberValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Validated<ResidentIdNumber> validate(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Validated.invalid("missing", field);
        }
        String value = SEPARATORS
                .matcher(WidthFolding.fold(raw.strip()))
                .replaceAll("")
                .toUpperCase(Locale.ROOT);
        if (FIFTEEN.matcher(value).matches()) {
            value = upgradeLegacy(value);
        }
        if (!EIGHTEEN.matcher(value).matches()) {
            return Validated.invalid("invalid-id-number-format", field);
        }
        if (!PROVINCE_CODES.contains(value.substring(0, 2))) {
            return Validated.invalid("unknown-division-code", field);
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Validated.invalid("invalid-id-birth-date", field);
        }
        if (birthDate.isAfter(LocalDate.now(clock)) || birthDate.isBefore(EARLIEST_BIRTH)) {
            return Validated.invalid("implausible-id-birth-date", field);
        }
        if (IdCheckDigit.of(value.substring(0, 17)) != value.charAt(17)) {
            return Validated.invalid("check-digit-mismatch", field);
        }
        return Validated.valid(new ResidentIdNumber(value));
    }

    /** A 15-digit number (issued before 1999) has a two-digit year of the 1900s and no check character. */
    private static String upgradeLegacy(String fifteen) {
        String body = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
        return body + IdCheckDigit.of(body);
    }
}

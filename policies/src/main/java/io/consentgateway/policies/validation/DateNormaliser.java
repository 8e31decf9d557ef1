package io.consentgateway.policies.validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date spellings found in Chinese channel data (2024-03-05, 2024/3/5, 2024.3.5, 20240305,
 * 2024年3月5日) into an ISO-8601 {@link LocalDate}. Dates in the future are rejected: every date we take is a birth
 * date or an event that has happened.
 */
public final class DateNormaliser {

    private static final List<Pattern> SPELLINGS = List.of(
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"),
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"),
            Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?"));

    private final Clock clock;

    public DateNormaliser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Validated<LocalDate> normalise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Validated.invalid("missing", field);
        }
        String value = WidthFolding.fold(raw.strip());
        for (Pattern spelling : SPELLINGS) {
            Matcher matcher = spelling.matcher(value);
            if (matcher.matches()) {
                return toDate(field, matcher);
            }
        }
        return Validated.invalid("invalid-date-format", field);
    }

    private Validated<LocalDate> toDate(String field, Matcher matcher) {
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return Validated.invalid("invalid-date", field);
        }
        if (date.isAfter(LocalDate.now(clock))) {
            return Validated.invalid("date-in-future", field);
        }
        return Validated.valid(date);
    }
}

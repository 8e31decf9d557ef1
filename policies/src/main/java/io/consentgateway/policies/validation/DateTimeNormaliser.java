package io.consentgateway.policies.validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the points in time channels send (ISO-8601 with an offset, or the platforms' local
 * {@code 2026-11-01 10:00:00} / {@code 2026/11/1 10:00}) into an {@link Instant}. Local times are read in the
 * channel's zone (Beijing time unless configured). A time more than a few minutes ahead of our clock is rejected:
 * orders and check-ins have already happened.
 */
public final class DateTimeNormaliser {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern LOCAL = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?");

    private final Clock clock;
    private final ZoneId localZone;

    public DateTimeNormaliser(Clock clock, ZoneId localZone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.localZone = Objects.requireNonNull(localZone, "localZone");
    }

    public Validated<Instant> normalise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Validated.invalid("missing", field);
        }
        String value = WidthFolding.fold(raw.strip());
        Instant instant;
        try {
            instant = parse(value);
        } catch (DateTimeException e) {
            return Validated.invalid("invalid-date-time", field);
        }
        if (instant == null) {
            return Validated.invalid("invalid-date-time-format", field);
        }
        if (instant.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return Validated.invalid("date-in-future", field);
        }
        return Validated.valid(instant);
    }

    private Instant parse(String value) {
        Matcher local = LOCAL.matcher(value);
        if (local.matches()) {
            return LocalDateTime.of(
                            Integer.parseInt(local.group(1)),
                            Integer.parseInt(local.group(2)),
                            Integer.parseInt(local.group(3)),
                            Integer.parseInt(local.group(4)),
                            Integer.parseInt(local.group(5)),
                            local.group(6) == null ? 0 : Integer.parseInt(local.group(6)))
                    .atZone(localZone)
                    .toInstant();
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

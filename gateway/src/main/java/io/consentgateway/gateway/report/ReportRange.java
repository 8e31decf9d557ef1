package io.consentgateway.gateway.report;

import io.consentgateway.gateway.system.FieldProblem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/** The calendar days a report covers, both ends included: at least one day, at most a leap year's 366. */
record ReportRange(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MOST_DAYS = 366;

    ReportRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        checkYear(from, "from");
        checkYear(to, "to");
        if (from.isAfter(to)) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "from", "from is after to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MOST_DAYS) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "from", "A report covers at most " + MOST_DAYS + " days");
        }
    }

    /** What was asked for, with the defaults: up to today, the {@value #DEFAULT_DAYS} days ending on {@code to}. */
    static ReportRange requested(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to == null ? today : to;
        return new ReportRange(from == null ? last.minusDays(DEFAULT_DAYS - 1L) : from, last);
    }

    /** Every day of the range, oldest first. */
    List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    // a four-digit year keeps the day after the range (the exclusive end) representable everywhere
    private static void checkYear(LocalDate day, String parameter) {
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, parameter, parameter + " must be a date of years 1 to 9999");
        }
    }
}

package io.consentgateway.policies.dsr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Working days in mainland China: Monday to Friday, minus public holidays, plus the weekend days worked in exchange
 * (调休). Both lists are data, published yearly by the State Council; a year missing from the data counts weekdays
 * only, and {@link #covers(int)} tells whether it is known.
 */
public final class WorkingDayCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String STANDARD_FILE = "working-days-cn.yaml";

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workedWeekendDays;
    private final Set<Integer> years;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workedWeekendDays, Set<Integer> years) {
        this.holidays = Set.copyOf(holidays);
        this.workedWeekendDays = Set.copyOf(workedWeekendDays);
        this.years = Set.copyOf(years);
    }

    public static WorkingDayCalendar standard() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(STANDARD_FILE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_FILE + " is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code years: {2026: {holidays: [...], worked-weekend-days: [...]}}}, dates as ISO strings. */
    public static WorkingDayCalendar load(InputStream in) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> worked = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        if (document instanceof Map<?, ?> root && root.get("years") instanceof Map<?, ?> byYear) {
            byYear.forEach((year, lists) -> {
                years.add(Integer.parseInt(String.valueOf(year)));
                if (lists instanceof Map<?, ?> entries) {
                    dates(entries.get("holidays"), holidays);
                    dates(entries.get("worked-weekend-days"), worked);
                }
            });
        }
        return new WorkingDayCalendar(holidays, worked, years);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workedWeekendDays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /**
     * The end (24:00 Beijing time) of the {@code workingDays}-th working day after the day of receipt; the day of
     * receipt itself does not count.
     */
    public Instant deadline(Instant received, int workingDays) {
        LocalDate day = received.atZone(CHINA).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(CHINA).toInstant();
    }

    private static void dates(Object listed, Set<LocalDate> into) {
        if (listed instanceof List<?> values) {
            // YAML reads an unquoted 2026-10-01 as a timestamp (midnight UTC), a quoted one as text
            values.forEach(value -> into.add(
                    value instanceof Date date
                            ? date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()
                            : LocalDate.parse(String.valueOf(value))));
        }
    }
}

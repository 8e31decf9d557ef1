package io.consentgateway.policies.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar =
            WorkingDayCalendar.load(new ByteArrayInputStream("""
            years:
              2030:
                holidays: [2030-10-01, 2030-10-02, 2030-10-03, 2030-10-04, 2030-10-07]
                worked-weekend-days: [2030-10-12]
            """.getBytes(StandardCharsets.UTF_8)));

    @Test
    void weekendsAndHolidaysDoNotCountButWorkedWeekendDaysDo() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-09-30")))
                .as("Monday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-10-01")))
                .as("National Day")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-10-05")))
                .as("Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-10-12")))
                .as("worked Saturday")
                .isTrue();
    }

    // PIPL Art. 50 asks for timely handling; the gateway's default is 15 working days from receipt.
    @Test
    void theDeadlineIsTheEndOfTheNthWorkingDayAfterReceiptInBeijingTime() {
        // received Monday 2030-09-30 10:00 Beijing; working days after it: Oct 8, 9, 10, 11, 12 (worked Saturday)
        Instant received = Instant.parse("2030-09-30T02:00:00Z");
        assertThat(calendar.deadline(received, 5)).isEqualTo(Instant.parse("2030-10-12T16:00:00Z"));
        assertThat(calendar.deadline(received, 1)).isEqualTo(Instant.parse("2030-10-08T16:00:00Z"));
    }

    @Test
    void aRequestReceivedLateOnAFridayInBeijingCountsFromThatFriday() {
        // 2030-09-06 is a Friday; 23:30 Beijing is still Friday, 15:30 UTC
        Instant received = Instant.parse("2030-09-06T15:30:00Z");
        assertThat(calendar.deadline(received, 1)).isEqualTo(Instant.parse("2030-09-09T16:00:00Z"));
    }

    @Test
    void theShippedCalendarCoversTheCurrentYear() {
        WorkingDayCalendar standard = WorkingDayCalendar.standard();
        assertThat(standard.covers(2026)).isTrue();
        assertThat(standard.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
    }
}

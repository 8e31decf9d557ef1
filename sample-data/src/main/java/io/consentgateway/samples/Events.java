package io.consentgateway.samples;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Brand events in the year before the reference date, where customers check in. */
final class Events {

    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final List<String> CITY_CODES = List.of("BJ", "SH", "SZ", "HZ", "CD", "WH");
    private static final int EVENTS = 12;
    private static final int DAYS_APART = 31;

    private final List<Event> events = new ArrayList<>();
    private final Random random;

    Events(LocalDate referenceDate, Random random) {
        this.random = random;
        for (int i = 0; i < EVENTS; i++) {
            LocalDate day = referenceDate.minusDays(10 + (long) DAYS_APART * i);
            String code =
                    "EV" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + CITY_CODES.get(i % CITY_CODES.size());
            events.add(new Event(code, day));
        }
    }

    /** An event code and a check-in time during it (09:00 to 18:00, +08:00). */
    CheckIn checkIn() {
        Event event = events.get(random.nextInt(events.size()));
        OffsetDateTime at =
                event.day().atTime(9, 0).plusMinutes(random.nextInt(9 * 60)).atOffset(BEIJING);
        return new CheckIn(event.code(), at.format(ISO_OFFSET));
    }

    record Event(String code, LocalDate day) {}

    record CheckIn(String eventCode, String checkedInAt) {}
}

package io.consentgateway.gateway.dsr;

import io.consentgateway.policies.dsr.WorkingDayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DsrConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DsrConfiguration.class);

    @Bean
    WorkingDayCalendar workingDayCalendar(DsrProperties properties, Clock clock) throws IOException {
        WorkingDayCalendar calendar;
        if (properties.calendarFile() == null || properties.calendarFile().isBlank()) {
            calendar = WorkingDayCalendar.standard();
        } else {
            try (InputStream in = Files.newInputStream(Path.of(properties.calendarFile()))) {
                calendar = WorkingDayCalendar.load(in);
            }
        }
        int year = clock.instant().atZone(WorkingDayCalendar.CHINA).getYear();
        if (!calendar.covers(year)) {
            log.warn(
                    "The working-day calendar has no public holidays for {}: request deadlines count weekdays only."
                            + " Add the year to gateway.dsr.calendar-file.",
                    year);
        }
        return calendar;
    }
}

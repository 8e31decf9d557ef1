package io.consentgateway.policies.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.validation.Validated.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNormaliserTest {

    private final DateNormaliser dates =
            new DateNormaliser(Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "2024-03-05, 2024-03-05",
        "2024/3/5, 2024-03-05",
        "2024.03.05, 2024-03-05",
        "20240305, 2024-03-05",
        "2024年3月5日, 2024-03-05",
        "２０２４年３月５日, 2024-03-05",
        "2026-11-23, 2026-11-23"
    })
    void parsesTheCommonChineseSpellingsToIso(String raw, LocalDate expected) {
        assertThat(dates.normalise("birthDate", raw)).isEqualTo(new Valid<>(expected));
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "2026-11-24, date-in-future",
        "2024-02-30, invalid-date",
        "5/3/2024, invalid-date-format",
        "yesterday, invalid-date-format"
    })
    void rejectsFutureImpossibleAndUnknownDates(String raw, String code) {
        assertThat(dates.normalise("birthDate", raw)).isEqualTo(Validated.invalid(code, "birthDate"));
    }
}

package io.consentgateway.policies.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractEndTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final ContractEnd end = new ContractEnd(Duration.ofDays(15), BEIJING);

    private static ProcessorContract endingOn(LocalDate validUntil, Instant terminatedAt) {
        return new ProcessorContract(
                "call-centre",
                "call-centre",
                "C-1",
                Set.of(),
                Set.of(),
                validUntil.minusYears(1),
                validUntil,
                terminatedAt);
    }

    // PIPL Art. 21: nothing is owed while the contract runs
    @Test
    void noConfirmationIsOwedDuringTheTerm() {
        Instant lastDayNoon =
                LocalDate.of(2026, 12, 31).atTime(12, 0).atZone(BEIJING).toInstant();

        assertThat(end.confirmationOwedSince(endingOn(LocalDate.of(2026, 12, 31), null), lastDayNoon))
                .isEmpty();
    }

    // PIPL Art. 21: return or delete at the end of the entrustment — owed from the first day after the term
    @Test
    void anExpiredContractOwesAConfirmationFromTheDayAfterItsLastDayInBeijing() {
        Instant now = Instant.parse("2027-01-05T00:00:00Z");

        assertThat(end.confirmationOwedSince(endingOn(LocalDate.of(2026, 12, 31), null), now))
                .contains(Instant.parse("2026-12-31T16:00:00Z"));
    }

    // PIPL Art. 21
    @Test
    void aTerminatedContractOwesAConfirmationFromTheTermination() {
        Instant terminated = Instant.parse("2026-06-01T08:00:00Z");

        assertThat(end.confirmationOwedSince(endingOn(LocalDate.of(2026, 12, 31), terminated), terminated))
                .contains(terminated);
    }

    // PIPL Art. 21: a confirmation not given within the grace period is overdue
    @Test
    void aConfirmationIsOverdueOnlyAfterTheGracePeriod() {
        Instant owed = Instant.parse("2026-06-01T08:00:00Z");

        assertThat(end.overdue(owed, owed.plus(Duration.ofDays(15)))).isFalse();
        assertThat(end.overdue(owed, owed.plus(Duration.ofDays(15)).plusSeconds(1)))
                .isTrue();
    }
}

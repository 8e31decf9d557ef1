package io.consentgateway.policies.consent;

import static io.consentgateway.policies.testing.Consents.BEIJING;
import static io.consentgateway.policies.testing.Consents.CLOCK;
import static io.consentgateway.policies.testing.Consents.aGrant;
import static io.consentgateway.policies.testing.Consents.aGuardiansGrant;
import static io.consentgateway.policies.testing.Consents.aNoticeCoveringEveryPurpose;
import static io.consentgateway.policies.testing.Consents.aSubjectBornOn;
import static io.consentgateway.policies.testing.Consents.anEntry;
import static io.consentgateway.policies.testing.Notices.historyOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.ConsentDecision.Allowed;
import io.consentgateway.policies.consent.ConsentDecision.Refused;
import io.consentgateway.policies.notice.NoticeHistory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Children under 14 (PIPL Arts. 28, 31): their information is sensitive and a guardian must consent. */
class MinorConsentTest {

    private static final NoticeHistory NOTICES = historyOf(aNoticeCoveringEveryPurpose(1));
    /** Ten on the clock's date. */
    private static final LocalDate A_TEN_YEAR_OLDS_BIRTH_DATE = LocalDate.of(2016, 3, 1);

    private final ProcessingDecision decision =
            new ProcessingDecision(PurposeCatalogue.standard(), ActivePurposes.all(), CLOCK);

    private ConsentDecision decide(String purpose, List<ConsentRecord> history, LocalDate birthDate) {
        return decision.decide(new Purpose(purpose), Optional.empty(), history, aSubjectBornOn(birthDate), NOTICES);
    }

    // PIPL Arts. 28, 31: a child under 14 cannot consent alone; the child's own consent is not enough.
    @Test
    void minorUnder14WithoutGuardianConsentIsRefused() {
        assertThat(decide("membership", List.of(aGrant("membership")), A_TEN_YEAR_OLDS_BIRTH_DATE))
                .isEqualTo(new Refused("guardian-consent-missing:membership"));
    }

    // PIPL Art. 31: with the guardian's consent a child's information may be processed.
    @Test
    void guardianConsentAllowsProcessingForAMinor() {
        assertThat(decide("membership", List.of(aGuardiansGrant("membership")), A_TEN_YEAR_OLDS_BIRTH_DATE))
                .isEqualTo(new Allowed(Set.of(new Purpose("membership"))));
    }

    // PIPL Art. 31: the consent that counts is the latest; a child's later grant does not carry the guardian's.
    @Test
    void aChildsOwnLaterGrantReplacesTheGuardians() {
        List<ConsentRecord> history =
                List.of(aGuardiansGrant("membership"), anEntry("membership", Optional.empty(), true, 1, 5, false));

        assertThat(decide("membership", history, A_TEN_YEAR_OLDS_BIRTH_DATE))
                .isEqualTo(new Refused("guardian-consent-missing:membership"));
    }

    // PIPL Art. 28: "under fourteen" — on the 14th birthday the subject consents for themself.
    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "2012-11-24, 2026-11-23, true",
        "2012-11-23, 2026-11-23, false",
        "2012-11-22, 2026-11-23, false",
        "2026-11-23, 2026-11-23, true",
        "1990-05-01, 2026-11-23, false",
        "2012-02-29, 2026-02-27, true",
        "2012-02-29, 2026-02-28, false"
    })
    void theFourteenthBirthdayEndsMinority(LocalDate birthDate, LocalDate today, boolean minor) {
        assertThat(ProcessingDecision.isMinor(birthDate, today)).isEqualTo(minor);
    }

    // The date is the clock's date in its zone (Beijing time): 00:30 on the birthday counts as the birthday.
    @Test
    void theBirthdayIsReckonedInTheClocksTimeZone() {
        Clock justAfterMidnightInBeijing = Clock.fixed(Instant.parse("2026-11-22T16:30:00Z"), BEIJING);
        ProcessingDecision atMidnight =
                new ProcessingDecision(PurposeCatalogue.standard(), ActivePurposes.all(), justAfterMidnightInBeijing);

        assertThat(atMidnight.decide(
                        new Purpose("membership"),
                        Optional.empty(),
                        List.of(aGrant("membership")),
                        aSubjectBornOn(LocalDate.of(2012, 11, 23)),
                        NOTICES))
                .isEqualTo(new Allowed(Set.of(new Purpose("membership"))));
    }

    // Without a birth date the subject is taken to be an adult: age checks happen where the birth date is collected.
    @Test
    void anUnknownBirthDateNeedsNoGuardian() {
        SubjectFacts unknownAge = new SubjectFacts(Optional.empty(), false, Set.of());

        assertThat(decision.decide(
                        new Purpose("membership"),
                        Optional.empty(),
                        List.of(aGrant("membership")),
                        unknownAge,
                        NOTICES))
                .isEqualTo(new Allowed(Set.of(new Purpose("membership"))));
    }
}

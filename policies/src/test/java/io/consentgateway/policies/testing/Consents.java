package io.consentgateway.policies.testing;

import static io.consentgateway.policies.testing.Notices.aNotice;

import io.consentgateway.policies.consent.ConsentRecord;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.SubjectFacts;
import io.consentgateway.policies.notice.Notice;
import io.consentgateway.policies.notice.PurposeNotice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Consent ledger entries and subjects for tests, against a fixed clock in Beijing time. */
public final class Consents {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2026-11-23 12:00 in Beijing. */
    public static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

    public static final Clock CLOCK = Clock.fixed(NOW, BEIJING);

    public static final String[] ALL_PURPOSES = {
        "order-fulfilment",
        "membership",
        "marketing",
        "personalised-recommendation",
        "analytics",
        "third-party-provision",
        "sensitive-pi",
        "cross-border"
    };

    private Consents() {}

    /** Version {@code version} of a notice covering every shipped purpose with the same sections. */
    public static Notice aNoticeCoveringEveryPurpose(int version) {
        return aNotice(version, Stream.of(ALL_PURPOSES).map(Notices::aSection).toArray(PurposeNotice[]::new));
    }

    /** Granted under notice version 1, a day ago, by the subject. */
    public static ConsentRecord aGrant(String purpose) {
        return anEntry(purpose, Optional.empty(), true, 1, 24 * 60, false);
    }

    public static ConsentRecord aGrantFor(String purpose, String recipient) {
        return anEntry(purpose, Optional.of(recipient), true, 1, 24 * 60, false);
    }

    public static ConsentRecord aGrantUnderNotice(String purpose, int noticeVersion, long minutesAgo) {
        return anEntry(purpose, Optional.empty(), true, noticeVersion, minutesAgo, false);
    }

    public static ConsentRecord aGuardiansGrant(String purpose) {
        return anEntry(purpose, Optional.empty(), true, 1, 24 * 60, true);
    }

    /** Withdrawn an hour ago, after {@link #aGrant}. */
    public static ConsentRecord aWithdrawal(String purpose) {
        return anEntry(purpose, Optional.empty(), false, 1, 60, false);
    }

    public static ConsentRecord aWithdrawalFor(String purpose, String recipient) {
        return anEntry(purpose, Optional.of(recipient), false, 1, 60, false);
    }

    public static ConsentRecord anEntry(
            String purpose,
            Optional<String> recipient,
            boolean granted,
            int noticeVersion,
            long minutesAgo,
            boolean byGuardian) {
        return new ConsentRecord(
                new Purpose(purpose),
                recipient,
                granted,
                noticeVersion,
                NOW.minus(Duration.ofMinutes(minutesAgo)),
                byGuardian);
    }

    public static SubjectFacts anAdult() {
        return new SubjectFacts(Optional.of(LocalDate.of(1990, 5, 1)), false, Set.of());
    }

    public static SubjectFacts aSubjectBornOn(LocalDate birthDate) {
        return new SubjectFacts(Optional.of(birthDate), false, Set.of());
    }

    public static SubjectFacts anAdultWhoRestricted(String purpose) {
        return new SubjectFacts(Optional.of(LocalDate.of(1990, 5, 1)), false, Set.of(new Purpose(purpose)));
    }

    public static SubjectFacts anAdultWhoOptedOutOfPersonalisedMarketing() {
        return new SubjectFacts(Optional.of(LocalDate.of(1990, 5, 1)), true, Set.of());
    }
}

package io.consentgateway.policies.consent;

import static io.consentgateway.policies.testing.Consents.CLOCK;
import static io.consentgateway.policies.testing.Consents.NOW;
import static io.consentgateway.policies.testing.Consents.anAdult;
import static io.consentgateway.policies.testing.Notices.aNotice;
import static io.consentgateway.policies.testing.Notices.aSection;
import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.ConsentDecision.Allowed;
import io.consentgateway.policies.consent.ConsentDecision.Refused;
import io.consentgateway.policies.notice.Notice;
import io.consentgateway.policies.notice.NoticeHistory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over thousands of seeded random ledgers (grants and withdrawals for a general and a per-recipient purpose, random
 * notice versions, times that often coincide) and random notice histories, the decision always equals a reference
 * rule written the plain way: the latest entry by time decides; withdrawn is refused (PIPL Art. 15); stale is refused
 * (Art. 14). The material versions are tracked while generating the notices, independently of NoticeHistory.
 */
class ConsentHistoryPropertyTest {

    private static final long SEED = 20261123L;
    private static final String GENERAL = "marketing";
    private static final String PER_RECIPIENT = "third-party-provision";
    private static final List<Optional<String>> RECIPIENTS =
            List.of(Optional.empty(), Optional.of("partner-a"), Optional.of("partner-b"));

    private static final ProcessingDecision DECISION =
            new ProcessingDecision(PurposeCatalogue.standard(), ActivePurposes.all(), CLOCK);

    static LongStream seeds() {
        return new Random(SEED).longs(2_000);
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("seeds")
    void theDecisionIsTheLatestEntryByTimeUnlessWithdrawnOrStale(long seed) {
        Random random = new Random(seed);
        Map<String, Integer> materialVersions = new HashMap<>();
        NoticeHistory notices = randomNotices(random, materialVersions);
        List<ConsentRecord> ledger =
                randomLedger(random, notices.current().orElseThrow().version());
        String purpose = random.nextBoolean() ? GENERAL : PER_RECIPIENT;
        Optional<String> recipient = RECIPIENTS.get(random.nextInt(RECIPIENTS.size()));

        ConsentDecision actual = DECISION.decide(new Purpose(purpose), recipient, ledger, anAdult(), notices);

        assertThat(actual)
                .as("seed %d", seed)
                .isEqualTo(reference(purpose, recipient, ledger, materialVersions.get(purpose)));
    }

    private static ConsentDecision reference(
            String purpose, Optional<String> recipient, List<ConsentRecord> ledger, int materialVersion) {
        boolean perRecipient = purpose.equals(PER_RECIPIENT);
        if (perRecipient && recipient.isEmpty()) {
            return new Refused("recipient-required:" + purpose);
        }
        // a stable sort keeps ledger order among equal times, so the last element is the latest entry
        Optional<ConsentRecord> latest = ledger.stream()
                .filter(entry -> entry.purpose().name().equals(purpose))
                .filter(entry -> !perRecipient || entry.recipient().equals(recipient))
                .sorted(Comparator.comparing(ConsentRecord::at))
                .reduce((earlier, later) -> later);
        if (latest.isEmpty()) {
            return new Refused(
                    perRecipient
                            ? "separate-consent-missing:" + purpose + ":" + recipient.get()
                            : "consent-missing:" + purpose);
        }
        if (!latest.get().granted()) {
            return new Refused("consent-withdrawn:" + purpose);
        }
        if (latest.get().noticeVersion() < materialVersion) {
            return new Refused("consent-stale:" + purpose);
        }
        return new Allowed(Set.of(new Purpose(purpose)));
    }

    /** 1-4 versions; from version 2 on, each purpose's methods change with probability 1/3. */
    private static NoticeHistory randomNotices(Random random, Map<String, Integer> materialVersions) {
        int versions = 1 + random.nextInt(4);
        Map<String, Integer> revision = new HashMap<>();
        List<Notice> notices = new ArrayList<>();
        for (int version = 1; version <= versions; version++) {
            for (String purpose : List.of(GENERAL, PER_RECIPIENT)) {
                if (version == 1 || random.nextInt(3) == 0) {
                    revision.merge(purpose, 1, Integer::sum);
                    materialVersions.put(purpose, version);
                }
            }
            notices.add(aNotice(
                    version,
                    aSection(GENERAL, "revision " + revision.get(GENERAL)),
                    aSection(PER_RECIPIENT, "revision " + revision.get(PER_RECIPIENT)),
                    aSection("membership")));
        }
        return new NoticeHistory(notices);
    }

    /** 0-11 entries at one of 20 minutes (so times coincide often), under notice versions 0 to the current one. */
    private static List<ConsentRecord> randomLedger(Random random, int currentVersion) {
        int size = random.nextInt(12);
        List<ConsentRecord> ledger = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String purpose = random.nextInt(5) == 0 ? "membership" : random.nextBoolean() ? GENERAL : PER_RECIPIENT;
            ledger.add(new ConsentRecord(
                    new Purpose(purpose),
                    RECIPIENTS.get(random.nextInt(RECIPIENTS.size())),
                    random.nextInt(3) != 0,
                    random.nextInt(currentVersion + 1),
                    NOW.minus(Duration.ofMinutes(random.nextInt(20))),
                    random.nextBoolean()));
        }
        return ledger;
    }
}

package io.consentgateway.policies.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.ConsentRecord;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.retention.RetentionDecision.ConsentInForce;
import io.consentgateway.policies.retention.RetentionDecision.KeptUntil;
import io.consentgateway.policies.retention.RetentionDecision.PastRetention;
import io.consentgateway.policies.retention.RetentionDecision.UnderLegalHold;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    private static final Instant LONG_AGO = Instant.parse("2021-03-01T00:00:00Z");
    private static final PurposeCatalogue CATALOGUE = PurposeCatalogue.standard();
    private final RetentionRule rule = new RetentionRule(CATALOGUE, ZoneId.of("Asia/Shanghai"));

    // PIPL Art. 47(1): a withdrawn consent justifies the data only for the purpose's retention after withdrawal.
    @Test
    void membershipWithdrawnMoreThanThreeYearsAgoIsPastRetentionSinceWithdrawalPlusThreeYears() {
        RetentionFacts facts = subject(
                List.of(grant("membership", LONG_AGO), withdrawal("membership", LONG_AGO.plusSeconds(86_400))),
                Optional.empty());

        RetentionDecision decision = rule.decide(facts, NOW);

        assertThat(decision).isInstanceOf(PastRetention.class);
        PastRetention past = (PastRetention) decision;
        assertThat(past.since()).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
        assertThat(past.expired()).singleElement().satisfies(expiry -> {
            assertThat(expiry.purpose()).contains(new Purpose("membership"));
            assertThat(expiry.basis()).isEqualTo(RetentionBasis.CONSENT_WITHDRAWN);
        });
    }

    // PIPL Art. 19: kept no longer than necessary — but for as long as the purpose's retention runs.
    @Test
    void aWithdrawalWithinTheRetentionPeriodKeepsTheDataUntilItEnds() {
        Instant withdrawn = Instant.parse("2025-06-01T00:00:00Z");
        RetentionFacts facts =
                subject(List.of(grant("marketing", LONG_AGO), withdrawal("marketing", withdrawn)), Optional.empty());

        assertThat(rule.decide(facts, NOW))
                .isEqualTo(new KeptUntil(Optional.of(new Purpose("marketing")), Instant.parse("2027-06-01T00:00:00Z")));
    }

    // PIPL Art. 19: while a consent is in force, the purpose still needs the data.
    @Test
    void aConsentInForceKeepsTheDataHoweverOldTheGrant() {
        RetentionFacts facts =
                subject(List.of(grant("membership", LONG_AGO), withdrawal("marketing", LONG_AGO)), Optional.empty());

        assertThat(rule.decide(facts, NOW.plusSeconds(400L * 365 * 86_400)))
                .isEqualTo(new ConsentInForce(new Purpose("membership")));
    }

    // PIPL Art. 13(2): order data kept for the contract's retention after the latest order.
    @Test
    void ordersKeepTheDataForThreeYearsAfterTheLatestOrder() {
        Instant latestOrder = Instant.parse("2024-01-15T02:00:00Z");
        RetentionFacts facts = subject(List.of(), Optional.of(latestOrder));

        assertThat(rule.decide(facts, NOW))
                .isEqualTo(new KeptUntil(
                        Optional.of(new Purpose("order-fulfilment")), Instant.parse("2027-01-15T02:00:00Z")));
        assertThat(rule.decide(facts, Instant.parse("2027-01-15T02:00:00Z"))).isInstanceOf(PastRetention.class);
    }

    // PIPL Art. 47(1): the latest-expiring purpose decides; every expired one is reported with its basis.
    @Test
    void theLastJustificationToEndDecidesAndEveryExpiredPurposeIsReported() {
        RetentionFacts facts = subject(
                List.of(
                        grant("marketing", LONG_AGO),
                        withdrawal("marketing", Instant.parse("2022-01-01T00:00:00Z")),
                        grant("membership", LONG_AGO),
                        withdrawal("membership", Instant.parse("2021-06-01T00:00:00Z"))),
                Optional.of(Instant.parse("2021-09-01T00:00:00Z")));

        PastRetention past = (PastRetention) rule.decide(facts, NOW);

        assertThat(past.since()).isEqualTo(Instant.parse("2024-09-01T00:00:00Z"));
        assertThat(past.expired())
                .extracting(Expiry::basis)
                .containsExactly(
                        RetentionBasis.CONSENT_WITHDRAWN, RetentionBasis.CONSENT_WITHDRAWN, RetentionBasis.LAST_ORDER);
    }

    // PIPL Art. 47: records a law requires are kept while the hold is in force, then retention applies again.
    @Test
    void aLegalHoldKeepsExpiredDataUntilItsLastDay() {
        RetentionFacts held = new RetentionFacts(
                List.of(grant("membership", LONG_AGO), withdrawal("membership", LONG_AGO.plusSeconds(60))),
                Optional.empty(),
                LONG_AGO,
                Optional.of(new LegalHold(Optional.of(LocalDate.of(2026, 11, 23)))));

        assertThat(rule.decide(held, NOW)).isInstanceOf(UnderLegalHold.class);
        assertThat(rule.decide(held, Instant.parse("2026-11-23T16:00:00Z")))
                .as("the next Beijing day")
                .isInstanceOf(PastRetention.class);
    }

    // PIPL Art. 47(1): a refusal never justified anything; data with no recorded basis waits the longest retention.
    @Test
    void dataNoPurposeEverJustifiedIsKeptTheLongestRetentionFromTheLastActivity() {
        Instant lastActivity = Instant.parse("2023-05-10T00:00:00Z");
        RetentionFacts facts = new RetentionFacts(
                List.of(withdrawal("marketing", LONG_AGO)), Optional.empty(), lastActivity, Optional.empty());

        PastRetention past = (PastRetention) rule.decide(facts, NOW);

        assertThat(past.since()).isEqualTo(Instant.parse("2026-05-10T00:00:00Z"));
        assertThat(past.expired().get(0).basis()).isEqualTo(RetentionBasis.NO_RECORDED_BASIS);
        assertThat(past.expired().get(0).purpose()).isEmpty();
    }

    // PIPL Arts. 23, 39: a separate consent per recipient; one recipient's consent in force keeps the purpose.
    @Test
    void aPerRecipientConsentStillInForceForOneRecipientKeepsTheData() {
        RetentionFacts facts = subject(
                List.of(
                        new ConsentRecord(
                                new Purpose("third-party-provision"), Optional.of("acme"), true, 1, LONG_AGO, false),
                        new ConsentRecord(
                                new Purpose("third-party-provision"),
                                Optional.of("acme"),
                                false,
                                1,
                                LONG_AGO.plusSeconds(5),
                                false),
                        new ConsentRecord(
                                new Purpose("third-party-provision"), Optional.of("globex"), true, 1, LONG_AGO, false)),
                Optional.empty());

        assertThat(rule.decide(facts, NOW)).isEqualTo(new ConsentInForce(new Purpose("third-party-provision")));
    }

    // PIPL Art. 19 (property): whatever the ledger and orders, a subject past retention has no consent in force,
    // was past retention at the reported instant, and had no consent grant or order after the query's candidate cut.
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pastRetentionIsConsistentWithTheLedgerAndTheQueryCut(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            RetentionFacts facts = randomSubject(random);
            Instant asOf = NOW.plusSeconds(random.nextInt(6 * 365) * 86_400L);

            RetentionDecision decision = rule.decide(facts, asOf);

            if (decision instanceof PastRetention past) {
                Instant cut = rule.noBasisEventAfter(asOf);
                assertThat(past.since()).as("seed %d: %s", seed, facts).isBeforeOrEqualTo(asOf);
                assertThat(facts.consents().stream()
                                .filter(ConsentRecord::granted)
                                .filter(consent -> CATALOGUE
                                        .find(consent.purpose())
                                        .orElseThrow()
                                        .legalBasis()
                                        .needsConsent()))
                        .as("seed %d: a grant after the query cut", seed)
                        .allSatisfy(grant -> assertThat(grant.at()).isBeforeOrEqualTo(cut));
                facts.latestOrder()
                        .ifPresent(
                                order -> assertThat(order).as("seed %d", seed).isBeforeOrEqualTo(cut));
                assertThat(rule.decide(facts, asOf.plusSeconds(86_400)))
                        .as("seed %d: past retention stays past", seed)
                        .isInstanceOf(PastRetention.class);
            } else if (decision instanceof KeptUntil kept) {
                assertThat(kept.until()).as("seed %d", seed).isAfter(asOf);
                assertThat(rule.decide(facts, kept.until())).as("seed %d", seed).isInstanceOf(PastRetention.class);
            }
        }
    }

    static Stream<Long> seeds() {
        return Stream.of(19L, 47L, 20211101L);
    }

    private static RetentionFacts randomSubject(Random random) {
        String[] purposes = CATALOGUE.purposes().stream().map(Purpose::name).toArray(String[]::new);
        List<ConsentRecord> consents = new ArrayList<>();
        IntStream.range(0, random.nextInt(6))
                .forEach(i -> consents.add(new ConsentRecord(
                        new Purpose(purposes[random.nextInt(purposes.length)]),
                        random.nextInt(4) == 0 ? Optional.of("recipient-" + random.nextInt(2)) : Optional.empty(),
                        random.nextBoolean(),
                        1,
                        daysBefore(random.nextInt(8 * 365)),
                        false)));
        Optional<Instant> order =
                random.nextBoolean() ? Optional.of(daysBefore(random.nextInt(8 * 365))) : Optional.empty();
        return new RetentionFacts(consents, order, daysBefore(random.nextInt(8 * 365)), Optional.empty());
    }

    private static Instant daysBefore(int days) {
        return NOW.minusSeconds(days * 86_400L + 3_600);
    }

    private static RetentionFacts subject(List<ConsentRecord> consents, Optional<Instant> latestOrder) {
        return new RetentionFacts(consents, latestOrder, NOW.minusSeconds(3_600), Optional.empty());
    }

    private static ConsentRecord grant(String purpose, Instant at) {
        return new ConsentRecord(new Purpose(purpose), Optional.empty(), true, 1, at, false);
    }

    private static ConsentRecord withdrawal(String purpose, Instant at) {
        return new ConsentRecord(new Purpose(purpose), Optional.empty(), false, 1, at, false);
    }
}

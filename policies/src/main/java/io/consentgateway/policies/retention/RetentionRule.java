package io.consentgateway.policies.retention;

import io.consentgateway.policies.consent.ConsentRecord;
import io.consentgateway.policies.consent.LegalBasis;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Storage limitation (PIPL Art. 19) and deletion when the purpose is achieved, consent withdrawn or retention expired
 * (Art. 47(1)). A subject's data is kept while at least one purpose of the catalogue still justifies it:
 *
 * <ul>
 *   <li>a consent-based purpose while a consent for it is in force, then for its retention from the withdrawal that
 *       ended it (a purpose never consented to justifies nothing);
 *   <li>a contract purpose for its retention from the subject's latest order;
 *   <li>another legal basis for its retention from the subject's last activity.
 * </ul>
 *
 * Data no purpose ever justified is kept from the last activity for the catalogue's longest retention, so nothing
 * is erased sooner than any purpose could have kept it. A legal hold in force (Beijing date) keeps everything.
 */
public final class RetentionRule {

    // Adding months clips at a month's end, so t + P <= asOf allows t up to three days past asOf - P.
    private static final Duration CLIPPING_SLACK = Duration.ofDays(4);

    private final PurposeCatalogue catalogue;
    private final ZoneId holdZone;

    public RetentionRule(PurposeCatalogue catalogue, ZoneId holdZone) {
        this.catalogue = catalogue;
        this.holdZone = holdZone;
    }

    public RetentionDecision decide(RetentionFacts facts, Instant asOf) {
        if (facts.legalHold()
                .filter(hold -> hold.inForceOn(asOf.atZone(holdZone).toLocalDate()))
                .isPresent()) {
            return new RetentionDecision.UnderLegalHold();
        }
        List<Expiry> expiries = new ArrayList<>();
        for (PurposeDefinition purpose : catalogue.all()) {
            if (purpose.legalBasis().needsConsent()) {
                List<ConsentRecord> ledger = facts.consents().stream()
                        .filter(consent -> consent.purpose().equals(purpose.purpose()))
                        .toList();
                if (inForce(ledger)) {
                    return new RetentionDecision.ConsentInForce(purpose.purpose());
                }
                endOfConsent(ledger)
                        .ifPresent(end -> expiries.add(expiry(purpose, RetentionBasis.CONSENT_WITHDRAWN, end)));
            } else if (purpose.legalBasis() == LegalBasis.CONTRACT) {
                facts.latestOrder().ifPresent(order -> expiries.add(expiry(purpose, RetentionBasis.LAST_ORDER, order)));
            } else {
                expiries.add(expiry(purpose, RetentionBasis.LAST_ACTIVITY, facts.lastActivity()));
            }
        }
        if (expiries.isEmpty()) {
            expiries.add(new Expiry(
                    Optional.empty(),
                    RetentionBasis.NO_RECORDED_BASIS,
                    facts.lastActivity(),
                    plus(facts.lastActivity(), longestRetention())));
        }
        expiries.sort(Comparator.comparing(Expiry::expiresAt));
        Expiry last = expiries.get(expiries.size() - 1);
        if (last.expiresAt().isAfter(asOf)) {
            return new RetentionDecision.KeptUntil(last.purpose(), last.expiresAt());
        }
        return new RetentionDecision.PastRetention(last.expiresAt(), expiries);
    }

    /**
     * A subject with an order or a consent grant after this instant cannot be past retention as of {@code asOf}
     * (whatever followed, that purpose's retention has not run out): the cut a database query may use to find
     * candidates before {@link #decide} judges each.
     */
    public Instant noBasisEventAfter(Instant asOf) {
        Period shortest = catalogue.all().stream()
                .map(PurposeDefinition::retention)
                .min(Comparator.comparing(RetentionRule::approximateDays))
                .orElseThrow();
        return asOf.atOffset(ZoneOffset.UTC).minus(shortest).toInstant().plus(CLIPPING_SLACK);
    }

    // In force: for some recipient (or none), the latest choice is a grant.
    private static boolean inForce(List<ConsentRecord> ledger) {
        return ledger.stream().collect(Collectors.groupingBy(ConsentRecord::recipient)).values().stream()
                .anyMatch(choices -> choices.stream()
                        .max(Comparator.comparing(ConsentRecord::at))
                        .orElseThrow()
                        .granted());
    }

    // The latest moment a consent was in force: per recipient, the first withdrawal after the last grant.
    private static Optional<Instant> endOfConsent(List<ConsentRecord> ledger) {
        Map<Optional<String>, List<ConsentRecord>> byRecipient =
                ledger.stream().collect(Collectors.groupingBy(ConsentRecord::recipient));
        return byRecipient.values().stream()
                .flatMap(choices -> choices.stream()
                        .filter(ConsentRecord::granted)
                        .map(ConsentRecord::at)
                        .max(Comparator.naturalOrder())
                        .flatMap(grant -> choices.stream()
                                .filter(choice ->
                                        !choice.granted() && !choice.at().isBefore(grant))
                                .map(ConsentRecord::at)
                                .min(Comparator.naturalOrder()))
                        .stream())
                .max(Comparator.naturalOrder());
    }

    private Period longestRetention() {
        return catalogue.all().stream()
                .map(PurposeDefinition::retention)
                .max(Comparator.comparing(RetentionRule::approximateDays))
                .orElseThrow();
    }

    private static Expiry expiry(PurposeDefinition purpose, RetentionBasis basis, Instant at) {
        return new Expiry(Optional.of(purpose.purpose()), basis, at, plus(at, purpose.retention()));
    }

    private static Instant plus(Instant at, Period period) {
        return at.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    private static long approximateDays(Period period) {
        return period.toTotalMonths() * 31 + period.getDays();
    }
}

package io.consentgateway.policies.consent;

import io.consentgateway.policies.consent.ConsentDecision.Allowed;
import io.consentgateway.policies.consent.ConsentDecision.Refused;
import io.consentgateway.policies.notice.NoticeHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one answer to "may this subject's data be processed for this purpose (and recipient) now?", from the purpose
 * catalogue, the subject's consent ledger, the facts about the subject and the notice history. The rules apply in
 * this order and a refusal names the first that fails:
 *
 * <ol>
 *   <li>{@code unknown-purpose:<p>} — not in the catalogue;
 *   <li>{@code purpose-inactive:<p>} — not in operation, e.g. awaiting its impact assessment (PIPL Art. 55);
 *   <li>{@code restricted:<p>} — the subject restricted it (PIPL Art. 44);
 *   <li>{@code personalised-marketing-opt-out} — a personalised purpose after the subject opted out (Art. 24);
 *   <li>allowed — a legal basis other than consent (Art. 13);
 *   <li>{@code recipient-required:<p>} — a per-recipient consent needs the recipient to be named (Arts. 23, 39);
 *   <li>{@code consent-missing:<p>} or {@code separate-consent-missing:<p>[:<recipient>]} — no ledger entry;
 *   <li>{@code consent-withdrawn:<p>} — the latest entry withdraws (Art. 15);
 *   <li>{@code consent-stale:<p>} — given under a notice version older than the purpose's material version (Art. 14);
 *   <li>{@code guardian-consent-missing:<p>} — the subject is under 14 and no guardian gave it (Arts. 28, 31);
 *   <li>otherwise allowed for that purpose only.
 * </ol>
 *
 * The latest entry is the one with the latest {@code at}; of entries at the same instant, the later in the ledger.
 * For per-recipient purposes only entries naming that recipient count; for the others the recipient is ignored.
 */
public final class ProcessingDecision {

    private static final int AGE_OF_CONSENT = 14;

    private final PurposeCatalogue catalogue;
    private final ActivePurposes active;
    private final Clock clock;

    public ProcessingDecision(PurposeCatalogue catalogue, ActivePurposes active, Clock clock) {
        this.catalogue = catalogue;
        this.active = active;
        this.clock = clock;
    }

    public ConsentDecision decide(
            Purpose purpose,
            Optional<String> recipient,
            List<ConsentRecord> history,
            SubjectFacts facts,
            NoticeHistory notices) {
        Optional<PurposeDefinition> found = catalogue.find(purpose);
        if (found.isEmpty()) {
            return new Refused("unknown-purpose:" + purpose);
        }
        PurposeDefinition definition = found.get();
        if (!active.isActive(purpose)) {
            return new Refused("purpose-inactive:" + purpose);
        }
        if (facts.restricted().contains(purpose)) {
            return new Refused("restricted:" + purpose);
        }
        if (definition.personalised() && facts.personalisedMarketingOptOut()) {
            return new Refused("personalised-marketing-opt-out");
        }
        if (!definition.legalBasis().needsConsent()) {
            return new Allowed(Set.of(purpose));
        }
        if (definition.perRecipient() && recipient.isEmpty()) {
            return new Refused("recipient-required:" + purpose);
        }
        Optional<ConsentRecord> latest = latest(definition, recipient, history);
        if (latest.isEmpty()) {
            return new Refused(missing(definition, recipient));
        }
        ConsentRecord consent = latest.get();
        if (!consent.granted()) {
            return new Refused("consent-withdrawn:" + purpose);
        }
        if (consent.noticeVersion() < notices.materialVersionFor(purpose)) {
            return new Refused("consent-stale:" + purpose);
        }
        boolean minor = facts.birthDate()
                .map(birthDate -> isMinor(birthDate, LocalDate.now(clock)))
                .orElse(false);
        if (minor && !consent.byGuardian()) {
            return new Refused("guardian-consent-missing:" + purpose);
        }
        return new Allowed(Set.of(purpose));
    }

    /** Under 14 on {@code today} (PIPL Art. 28); from the 14th birthday on, no longer. */
    public static boolean isMinor(LocalDate birthDate, LocalDate today) {
        return today.isBefore(birthDate.plusYears(AGE_OF_CONSENT));
    }

    private static Optional<ConsentRecord> latest(
            PurposeDefinition definition, Optional<String> recipient, List<ConsentRecord> history) {
        ConsentRecord latest = null;
        for (ConsentRecord entry : history) {
            boolean counts = entry.purpose().equals(definition.purpose())
                    && (!definition.perRecipient() || entry.recipient().equals(recipient));
            if (counts && (latest == null || !entry.at().isBefore(latest.at()))) {
                latest = entry;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static String missing(PurposeDefinition definition, Optional<String> recipient) {
        if (definition.consent() == ConsentForm.GENERAL) {
            return "consent-missing:" + definition.purpose();
        }
        String reason = "separate-consent-missing:" + definition.purpose();
        return definition.perRecipient() ? reason + ":" + recipient.orElseThrow() : reason;
    }
}

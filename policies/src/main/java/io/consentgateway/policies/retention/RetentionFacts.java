package io.consentgateway.policies.retention;

import io.consentgateway.policies.consent.ConsentRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the retention rule needs to know of one subject.
 *
 * @param consents the subject's whole consent ledger, in any order
 * @param latestOrder the latest order, the basis of contract purposes
 * @param lastActivity the latest of record created, record updated, order and check-in
 */
public record RetentionFacts(
        List<ConsentRecord> consents,
        Optional<Instant> latestOrder,
        Instant lastActivity,
        Optional<LegalHold> legalHold) {

    public RetentionFacts {
        consents = List.copyOf(consents);
        Objects.requireNonNull(latestOrder, "latestOrder");
        Objects.requireNonNull(lastActivity, "lastActivity");
        Objects.requireNonNull(legalHold, "legalHold");
    }
}

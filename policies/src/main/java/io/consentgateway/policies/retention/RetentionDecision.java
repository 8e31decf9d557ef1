package io.consentgateway.policies.retention;

import io.consentgateway.policies.consent.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Whether a subject's data may still be kept as of an instant (PIPL Arts. 19, 47). */
public sealed interface RetentionDecision {

    /** A law requires the records: never purged while the hold is in force. */
    record UnderLegalHold() implements RetentionDecision {}

    /** A consent for the purpose is in force: kept for as long as it is. */
    record ConsentInForce(Purpose purpose) implements RetentionDecision {
        public ConsentInForce {
            Objects.requireNonNull(purpose, "purpose");
        }
    }

    /** The purpose still justifies keeping the data until then (no purpose: data with no recorded basis). */
    record KeptUntil(Optional<Purpose> purpose, Instant until) implements RetentionDecision {
        public KeptUntil {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * Nothing justifies the data any more: erase it (Art. 47(1)).
     *
     * @param since when the last justification ended
     * @param expired every justification that ended, latest last
     */
    record PastRetention(Instant since, List<Expiry> expired) implements RetentionDecision {
        public PastRetention {
            Objects.requireNonNull(since, "since");
            expired = List.copyOf(expired);
            if (expired.isEmpty()) {
                throw new IllegalArgumentException("past retention names what expired");
            }
        }
    }
}

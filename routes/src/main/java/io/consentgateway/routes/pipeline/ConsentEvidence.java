package io.consentgateway.routes.pipeline;

import java.util.Objects;
import java.util.Optional;

/**
 * What a channel record says about how consent was given: the notice version the person saw (absent: the current
 * one) and, for a child under 14, the guardian who consented (PIPL Art. 31).
 */
public record ConsentEvidence(Optional<Integer> noticeVersion, Optional<Guardian> guardian) {

    public static final ConsentEvidence NONE = new ConsentEvidence(Optional.empty(), Optional.empty());

    public ConsentEvidence {
        Objects.requireNonNull(noticeVersion, "noticeVersion");
        Objects.requireNonNull(guardian, "guardian");
    }

    /** The guardian's identity as given; personal data, never logged. */
    public record Guardian(String name, String idNumber, String relation) {
        @Override
        public String toString() {
            return "Guardian[redacted]";
        }
    }
}

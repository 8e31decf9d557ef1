package io.consentgateway.policies.consent;

import java.util.Objects;
import java.util.Set;

/** Whether a record may be processed, and on which purposes; a refusal names its reason. */
public sealed interface ConsentDecision {

    /** @param purposes every purpose the subject consented to in this record, the required ones included */
    record Allowed(Set<Purpose> purposes) implements ConsentDecision {
        public Allowed {
            purposes = Set.copyOf(purposes);
        }
    }

    /** @param reason machine-readable, e.g. {@code consent-missing:membership} */
    record Refused(String reason) implements ConsentDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

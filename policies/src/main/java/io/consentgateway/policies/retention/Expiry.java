package io.consentgateway.policies.retention;

import io.consentgateway.policies.consent.Purpose;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When one justification for keeping a subject's data ends: its basis event plus the purpose's retention.
 *
 * @param purpose empty for {@link RetentionBasis#NO_RECORDED_BASIS}
 */
public record Expiry(Optional<Purpose> purpose, RetentionBasis basis, Instant basisAt, Instant expiresAt) {

    public Expiry {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(basisAt, "basisAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (purpose.isEmpty() != (basis == RetentionBasis.NO_RECORDED_BASIS)) {
            throw new IllegalArgumentException("only the no-recorded-basis expiry has no purpose");
        }
    }
}

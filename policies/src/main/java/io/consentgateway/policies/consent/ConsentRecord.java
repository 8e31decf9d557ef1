package io.consentgateway.policies.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a subject's consent ledger: a grant or a withdrawal (PIPL Art. 15) for a purpose, under the notice
 * version the subject was shown (Art. 14), possibly naming the recipient a separate consent is for (Arts. 23, 39),
 * and whether a guardian gave it (Art. 31). Entries are never changed; a new one supersedes the older ones.
 *
 * @param granted {@code false} for a withdrawal or a refusal
 * @param noticeVersion the notice version shown when the choice was made; 0 if none was
 */
public record ConsentRecord(
        Purpose purpose,
        Optional<String> recipient,
        boolean granted,
        int noticeVersion,
        Instant at,
        boolean byGuardian) {

    public ConsentRecord {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        if (recipient.isPresent() && recipient.get().isBlank()) {
            throw new IllegalArgumentException("a named recipient is not blank");
        }
        if (noticeVersion < 0) {
            throw new IllegalArgumentException("notice versions are not negative: " + noticeVersion);
        }
    }
}

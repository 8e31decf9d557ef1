package io.consentgateway.policies.incident;

import io.consentgateway.policies.validation.Validated;

/**
 * PIPL Art. 57(2): where the measures taken can effectively avoid harm, the handler may decide not to notify the
 * individuals (the regulator may still require it). That decision stands only with a reason someone can review.
 */
public final class IndividualNoticeWaiver {

    static final int MINIMUM_REASON_LENGTH = 20;

    /** @return the stripped reason, or {@code missing:reason} / {@code too-short:reason} */
    public Validated<String> check(String reason) {
        if (reason == null || reason.isBlank()) {
            return Validated.invalid("missing", "reason");
        }
        String stripped = reason.strip();
        if (stripped.codePointCount(0, stripped.length()) < MINIMUM_REASON_LENGTH) {
            return Validated.invalid("too-short", "reason");
        }
        return Validated.valid(stripped);
    }
}

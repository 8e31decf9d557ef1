package io.consentgateway.policies.consent;

import java.time.Period;
import java.util.Objects;
import java.util.Set;

/**
 * What the catalogue says about one purpose: its legal basis (PIPL Art. 13), whether the service needs it (Art. 16),
 * the consent it needs (Arts. 14, 23, 29, 39), whether it is personalised marketing the subject may refuse (Art. 24),
 * the fields it may use (Arts. 5–6) and how long they are kept for it (Art. 19).
 *
 * @param perRecipient the separate consent names the recipient, so a consent for one recipient covers no other
 */
public record PurposeDefinition(
        Purpose purpose,
        LegalBasis legalBasis,
        boolean essential,
        ConsentForm consent,
        boolean perRecipient,
        boolean personalised,
        Set<String> fields,
        Period retention) {

    public PurposeDefinition {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(retention, "retention");
        fields = Set.copyOf(fields);
        if (legalBasis.needsConsent() != (consent != ConsentForm.NONE)) {
            throw new IllegalArgumentException("legal basis " + legalBasis.configName() + " with consent "
                    + consent.configName() + ": consent is needed exactly when the legal basis is consent");
        }
        if (perRecipient && consent != ConsentForm.SEPARATE) {
            throw new IllegalArgumentException("per-recipient consent must be separate consent (PIPL Arts. 23, 39)");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be a positive period");
        }
    }
}

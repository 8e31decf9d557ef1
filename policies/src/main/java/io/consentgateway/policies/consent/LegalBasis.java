package io.consentgateway.policies.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legal basis a purpose is processed on (PIPL Art. 13). Consent is one of seven; only processing on that basis
 * is blocked without a valid consent.
 */
public enum LegalBasis {
    CONSENT("consent"),
    CONTRACT("contract"),
    LEGAL_OBLIGATION("legal-obligation"),
    PUBLIC_HEALTH("public-health"),
    NEWS_REPORTING("news-reporting"),
    PUBLICLY_DISCLOSED("publicly-disclosed"),
    OTHER_LAW("other-law");

    private final String configName;

    LegalBasis(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public boolean needsConsent() {
        return this == CONSENT;
    }

    static Optional<LegalBasis> fromConfig(String name) {
        return Arrays.stream(values())
                .filter(value -> value.configName.equals(name))
                .findFirst();
    }
}

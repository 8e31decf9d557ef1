package io.consentgateway.policies.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The consent a purpose needs: none (another legal basis), general, or separate — a consent of its own, never
 * bundled with others, which PIPL requires for provision to another handler (Art. 23), sensitive personal
 * information (Art. 29) and transfer abroad (Art. 39).
 */
public enum ConsentForm {
    NONE("none"),
    GENERAL("general"),
    SEPARATE("separate");

    private final String configName;

    ConsentForm(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    static Optional<ConsentForm> fromConfig(String name) {
        return Arrays.stream(values())
                .filter(value -> value.configName.equals(name))
                .findFirst();
    }
}

package io.consentgateway.policies.classification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a field is under PIPL: general personal information, sensitive personal information (Art. 28: biometrics,
 * religion, specific identity, health, financial accounts, whereabouts, anyone under 14), or not personal.
 */
public enum DataClass {
    GENERAL("general"),
    SENSITIVE("sensitive"),
    NOT_PERSONAL("not-personal");

    private final String configName;

    DataClass(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    static Optional<DataClass> fromConfig(String name) {
        return Arrays.stream(values())
                .filter(value -> value.configName.equals(name))
                .findFirst();
    }
}

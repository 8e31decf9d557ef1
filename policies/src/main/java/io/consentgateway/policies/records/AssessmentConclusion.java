package io.consentgateway.policies.records;

import java.util.Arrays;
import java.util.Optional;

/** What a personal information protection impact assessment concluded (PIPL Art. 56). */
public enum AssessmentConclusion {
    APPROVED("approved"),
    APPROVED_WITH_MEASURES("approved-with-measures"),
    REJECTED("rejected");

    private final String configName;

    AssessmentConclusion(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public boolean approves() {
        return this != REJECTED;
    }

    public static Optional<AssessmentConclusion> fromConfig(String name) {
        return Arrays.stream(values())
                .filter(value -> value.configName.equals(name))
                .findFirst();
    }
}

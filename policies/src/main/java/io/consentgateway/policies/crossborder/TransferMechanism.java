package io.consentgateway.policies.crossborder;

import java.util.Arrays;
import java.util.Optional;

/** The legal mechanism a transfer abroad rests on (PIPL Art. 38). */
public enum TransferMechanism {
    SECURITY_ASSESSMENT("security-assessment"),
    STANDARD_CONTRACT("standard-contract"),
    CERTIFICATION("certification");

    private final String configName;

    TransferMechanism(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<TransferMechanism> fromConfig(String name) {
        return Arrays.stream(values())
                .filter(value -> value.configName.equals(name))
                .findFirst();
    }
}

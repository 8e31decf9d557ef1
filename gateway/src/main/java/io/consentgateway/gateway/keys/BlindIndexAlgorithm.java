package io.consentgateway.gateway.keys;

import java.util.Arrays;
import java.util.Locale;

/** Keyed digest for blind indexes: HMAC-SHA-256 (JDK) or HMAC-SM3 (Bouncy Castle, GB/T 32905). */
public enum BlindIndexAlgorithm {
    HMAC_SHA256("hmac-sha256"),
    HMAC_SM3("hmac-sm3");

    private final String configName;

    BlindIndexAlgorithm(String configName) {
        this.configName = configName;
    }

    public static BlindIndexAlgorithm fromConfig(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(algorithm -> algorithm.configName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown blind-index algorithm '" + name + "'; use hmac-sha256 or hmac-sm3"));
    }

    public String configName() {
        return configName;
    }
}

package io.consentgateway.gateway.keys;

/** Keyed digest for blind indexes: HMAC-SHA-256 (JDK) or HMAC-SM3 (Bouncy Castle, GB/T 32905). */
public enum BlindIndexAlgorithm {
    HMAC_SHA256("hmac-sha256"),
    HMAC_SM3("hmac-sm3");

    private final String configName;

    BlindIndexAlgorithm(String configName) {
        this.configName = configName;
    }

    public static BlindIndexAlgorithm fromConfig(String name) {
        return ConfigNames.parse(values(), BlindIndexAlgorithm::configName, name, "blind-index algorithm");
    }

    public String configName() {
        return configName;
    }
}

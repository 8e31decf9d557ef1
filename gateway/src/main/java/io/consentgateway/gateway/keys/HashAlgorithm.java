package io.consentgateway.gateway.keys;

import java.util.Arrays;
import java.util.Locale;

/** Digest for tamper-evidence and evidence hashes: SHA-256 (JDK) or SM3 (Bouncy Castle, GB/T 32905). */
public enum HashAlgorithm {
    SHA_256("sha-256"),
    SM3("sm3");

    private final String configName;

    HashAlgorithm(String configName) {
        this.configName = configName;
    }

    public static HashAlgorithm fromConfig(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(algorithm -> algorithm.configName.equals(wanted))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("Unknown hash algorithm '" + name + "'; use sha-256 or sm3"));
    }

    public String configName() {
        return configName;
    }
}

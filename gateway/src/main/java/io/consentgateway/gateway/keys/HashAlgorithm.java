package io.consentgateway.gateway.keys;

/** Digest for tamper-evidence and evidence hashes: SHA-256 (JDK) or SM3 (Bouncy Castle, GB/T 32905). */
public enum HashAlgorithm {
    SHA_256("sha-256"),
    SM3("sm3");

    private final String configName;

    HashAlgorithm(String configName) {
        this.configName = configName;
    }

    public static HashAlgorithm fromConfig(String name) {
        return ConfigNames.parse(values(), HashAlgorithm::configName, name, "hash algorithm");
    }

    public String configName() {
        return configName;
    }
}

package io.consentgateway.gateway.keys;

/**
 * Authenticated field encryption algorithms, each with the id written into every ciphertext header so that data
 * encrypted under either can coexist: AES-256-GCM from the JDK (AES-NI accelerated) and SM4-GCM from Bouncy Castle
 * (the national standard GB/T 32907 that Chinese commercial-cryptography assessments expect).
 */
public enum FieldAlgorithm {
    AES_256_GCM((byte) 1, "aes-256-gcm", "AES", "AES/GCM/NoPadding", 32, false),
    SM4_GCM((byte) 2, "sm4-gcm", "SM4", "SM4/GCM/NoPadding", 16, true);

    private final byte id;
    private final String configName;
    private final String keyAlgorithm;
    private final String transformation;
    private final int keyBytes;
    private final boolean bouncyCastle;

    FieldAlgorithm(
            byte id,
            String configName,
            String keyAlgorithm,
            String transformation,
            int keyBytes,
            boolean bouncyCastle) {
        this.id = id;
        this.configName = configName;
        this.keyAlgorithm = keyAlgorithm;
        this.transformation = transformation;
        this.keyBytes = keyBytes;
        this.bouncyCastle = bouncyCastle;
    }

    public static FieldAlgorithm fromConfig(String name) {
        return ConfigNames.parse(values(), FieldAlgorithm::configName, name, "field algorithm");
    }

    static FieldAlgorithm fromId(byte id) {
        for (FieldAlgorithm algorithm : values()) {
            if (algorithm.id == id) {
                return algorithm;
            }
        }
        throw new TamperedCiphertextException();
    }

    byte id() {
        return id;
    }

    public String configName() {
        return configName;
    }

    String keyAlgorithm() {
        return keyAlgorithm;
    }

    String transformation() {
        return transformation;
    }

    int keyBytes() {
        return keyBytes;
    }

    boolean needsBouncyCastle() {
        return bouncyCastle;
    }
}

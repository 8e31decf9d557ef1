package io.consentgateway.gateway.keys;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/** Digests with the configured algorithm (SHA-256 or SM3); the algorithm name travels with every stored digest. */
public class Hasher {

    private final CryptoProviders providers;
    private final HashAlgorithm algorithm;

    Hasher(CryptoProviders providers, HashAlgorithm algorithm) {
        this.providers = providers;
        this.algorithm = algorithm;
    }

    public HashAlgorithm algorithm() {
        return algorithm;
    }

    public byte[] digest(byte[] data) {
        return digest(algorithm, data);
    }

    /** For verifying digests made earlier under another configured algorithm. */
    public byte[] digest(HashAlgorithm with, byte[] data) {
        try {
            MessageDigest digest = with == HashAlgorithm.SM3
                    ? MessageDigest.getInstance("SM3", providers.bouncyCastle())
                    : MessageDigest.getInstance("SHA-256");
            return digest.digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(with.configName() + " is not available", e);
        }
    }
}

package io.consentgateway.gateway.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/**
 * Signature schemes, both from Bouncy Castle: Ed25519 (RFC 8032) or SM2 with SM3 (GB/T 32918). Ed25519 comes from
 * Bouncy Castle rather than the JDK because the JDK 17 implementation is pure-Java field arithmetic, ~17 times slower
 * per signature (CryptoBench: ~490 µs against ~28 µs), and every consent choice is signed; the signatures are the same either way.
 */
public enum SignatureAlgorithm {
    ED25519("ed25519"),
    SM2("sm2");

    private final String configName;

    SignatureAlgorithm(String configName) {
        this.configName = configName;
    }

    public static SignatureAlgorithm fromConfig(String name) {
        return ConfigNames.parse(values(), SignatureAlgorithm::configName, name, "signature algorithm");
    }

    public String configName() {
        return configName;
    }

    KeyPairGenerator keyPairGenerator(CryptoProviders providers) throws GeneralSecurityException {
        if (this == SM2) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", providers.bouncyCastle());
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator;
        }
        return KeyPairGenerator.getInstance("Ed25519", providers.bouncyCastle());
    }

    KeyFactory keyFactory(CryptoProviders providers) throws GeneralSecurityException {
        return KeyFactory.getInstance(this == SM2 ? "EC" : "Ed25519", providers.bouncyCastle());
    }

    Signature signature(CryptoProviders providers) throws GeneralSecurityException {
        return Signature.getInstance(this == SM2 ? "SM3withSM2" : "Ed25519", providers.bouncyCastle());
    }
}

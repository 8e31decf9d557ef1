package io.consentgateway.gateway.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/** Signature schemes: Ed25519 (JDK) or SM2 with SM3 (Bouncy Castle, GB/T 32918). */
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
        return KeyPairGenerator.getInstance("Ed25519");
    }

    KeyFactory keyFactory(CryptoProviders providers) throws GeneralSecurityException {
        return this == SM2 ? KeyFactory.getInstance("EC", providers.bouncyCastle()) : KeyFactory.getInstance("Ed25519");
    }

    Signature signature(CryptoProviders providers) throws GeneralSecurityException {
        return this == SM2
                ? Signature.getInstance("SM3withSM2", providers.bouncyCastle())
                : Signature.getInstance("Ed25519");
    }
}

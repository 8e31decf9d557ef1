package io.consentgateway.gateway.keys;

import java.security.GeneralSecurityException;
import java.security.Provider;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Where each primitive comes from: the JDK for AES and SHA-256 (hardware accelerated), one Bouncy Castle provider
 * instance for SM2/SM3/SM4 and Ed25519. Bouncy Castle is passed explicitly rather than installed globally, so it
 * never silently replaces a JDK implementation.
 */
final class CryptoProviders {

    private final Provider bouncyCastle = new BouncyCastleProvider();

    Provider bouncyCastle() {
        return bouncyCastle;
    }

    Cipher cipher(FieldAlgorithm algorithm) throws GeneralSecurityException {
        return algorithm.needsBouncyCastle()
                ? Cipher.getInstance(algorithm.transformation(), bouncyCastle)
                : Cipher.getInstance(algorithm.transformation());
    }

    Mac mac(BlindIndexAlgorithm algorithm) throws GeneralSecurityException {
        return algorithm == BlindIndexAlgorithm.HMAC_SM3
                ? Mac.getInstance("HMACSM3", bouncyCastle)
                : Mac.getInstance("HmacSHA256");
    }
}

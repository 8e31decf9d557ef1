package io.consentgateway.gateway.keys;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs evidence (consent receipts, audit checkpoints, certificates) with the gateway's current signing key, SM2 or
 * Ed25519 by configuration, and verifies signatures made by any key it ever held. The signing key is created on
 * first start and kept in the database with its private half wrapped by the KEK.
 */
public class Signer {

    private final CryptoProviders providers;
    private final KeyWrapping wrapping;
    private final SigningKeyRepository keys;
    private final SigningKey current;
    // unwrapped once: every consent choice is signed, and unwrapping and parsing per signature cost more than signing
    private final PrivateKey currentPrivateKey;

    Signer(
            CryptoProviders providers,
            KeyWrapping wrapping,
            SigningKeyRepository keys,
            SignatureAlgorithm algorithm,
            Clock clock) {
        this.providers = providers;
        this.wrapping = wrapping;
        this.keys = keys;
        this.current = keys.findFirstByAlgorithmOrderByCreatedAtDesc(algorithm.configName())
                .orElseGet(() -> keys.save(generate(algorithm, clock)));
        try {
            this.currentPrivateKey = privateKey(current);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the signing key " + current.keyId(), e);
        }
    }

    public DetachedSignature sign(byte[] data) {
        try {
            Signature signature = current.algorithm().signature(providers);
            signature.initSign(currentPrivateKey);
            signature.update(data);
            return new DetachedSignature(current.algorithm(), current.keyId(), signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /** @return false for a wrong signature, altered data, or a key this gateway never held */
    public boolean verify(byte[] data, DetachedSignature signature) {
        Optional<SigningKey> key = keys.findById(signature.keyId());
        if (key.isEmpty() || key.get().algorithm() != signature.algorithm()) {
            return false;
        }
        try {
            Signature verifier = signature.algorithm().signature(providers);
            verifier.initVerify(publicKey(key.get()));
            verifier.update(data);
            return verifier.verify(signature.value());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The current public key (X.509 SubjectPublicKeyInfo, DER), for anyone who wants to verify offline. */
    public PublicSigningKey publicKey() {
        return new PublicSigningKey(
                current.keyId(), current.algorithm(), current.publicKey().clone());
    }

    private PublicKey publicKey(SigningKey key) throws GeneralSecurityException {
        return key.algorithm().keyFactory(providers).generatePublic(new X509EncodedKeySpec(key.publicKey()));
    }

    private PrivateKey privateKey(SigningKey key) throws GeneralSecurityException {
        byte[] pkcs8 = wrapping.unwrap(key.wrappedPrivateKey(), context(key.keyId()));
        return key.algorithm().keyFactory(providers).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private SigningKey generate(SignatureAlgorithm algorithm, Clock clock) {
        try {
            KeyPair pair = algorithm.keyPairGenerator(providers).generateKeyPair();
            String keyId = algorithm.configName() + "-" + UUID.randomUUID();
            return new SigningKey(
                    keyId,
                    algorithm,
                    pair.getPublic().getEncoded(),
                    wrapping.wrap(pair.getPrivate().getEncoded(), context(keyId)),
                    clock.instant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a " + algorithm.configName() + " signing key", e);
        }
    }

    static String context(String keyId) {
        return "signing-key/" + keyId;
    }

    /** A signature with what is needed to check it: algorithm and key id. */
    public record DetachedSignature(SignatureAlgorithm algorithm, String keyId, byte[] value) {}

    public record PublicSigningKey(String keyId, SignatureAlgorithm algorithm, byte[] x509) {}
}

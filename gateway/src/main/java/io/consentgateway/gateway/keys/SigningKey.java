package io.consentgateway.gateway.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signing key pair: the public key in clear (X.509), the private key wrapped by a KEK (PKCS#8 inside). */
@Entity
@Table(name = "signing_key")
class SigningKey {

    @Id
    @Column(name = "key_id")
    private String keyId;

    @Column(nullable = false)
    private String algorithm;

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Column(name = "wrapped_private_key", nullable = false)
    private byte[] wrappedPrivateKey;

    @Column(name = "kek_id", nullable = false)
    private String kekId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {}

    SigningKey(
            String keyId,
            SignatureAlgorithm algorithm,
            byte[] publicKey,
            KeyWrapping.Wrapped privateKey,
            Instant createdAt) {
        this.keyId = keyId;
        this.algorithm = algorithm.configName();
        this.publicKey = publicKey;
        this.wrappedPrivateKey = privateKey.bytes();
        this.kekId = privateKey.kekId();
        this.createdAt = createdAt;
    }

    String keyId() {
        return keyId;
    }

    SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.fromConfig(algorithm);
    }

    byte[] publicKey() {
        return publicKey;
    }

    byte[] wrappedPrivateKey() {
        return wrappedPrivateKey;
    }

    String kekId() {
        return kekId;
    }

    void rewrap(KeyWrapping.Wrapped privateKey) {
        this.wrappedPrivateKey = privateKey.bytes();
        this.kekId = privateKey.kekId();
    }
}

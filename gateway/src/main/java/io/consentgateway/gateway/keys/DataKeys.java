package io.consentgateway.gateway.keys;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-subject data-encryption keys (envelope encryption): a fresh key per subject in the configured field
 * algorithm, stored wrapped by the current KEK. Destroying one subject's key makes all of that subject's
 * ciphertext unreadable wherever it was copied (crypto-shredding), without touching anyone else's.
 */
public class DataKeys {

    private static final int FIRST_VERSION = 1;

    private final KeyWrapping wrapping;
    private final SubjectKeyRepository keys;
    private final FieldAlgorithm algorithmForNewKeys;
    private final Clock clock;

    DataKeys(KeyWrapping wrapping, SubjectKeyRepository keys, FieldAlgorithm algorithmForNewKeys, Clock clock) {
        this.wrapping = wrapping;
        this.keys = keys;
        this.algorithmForNewKeys = algorithmForNewKeys;
        this.clock = clock;
    }

    /** The subject's key, created on first use. Call inside the transaction that stores the subject. */
    public DataKey forSubject(UUID subjectId) {
        return find(subjectId).orElseGet(() -> create(subjectId));
    }

    /** @return empty when the subject has no key or its key was destroyed (crypto-shredded) */
    public Optional<DataKey> find(UUID subjectId) {
        return keys.findById(subjectId).filter(stored -> !stored.destroyed()).map(this::unwrap);
    }

    /** True when the subject had a key and it was destroyed. */
    public boolean isErased(UUID subjectId) {
        return keys.findById(subjectId).map(SubjectKey::destroyed).orElse(false);
    }

    private DataKey create(UUID subjectId) {
        if (keys.existsById(subjectId)) {
            throw new IllegalStateException("Subject " + subjectId + " was erased; it cannot be given a new key");
        }
        SecretKey key = generate(algorithmForNewKeys);
        keys.save(new SubjectKey(
                subjectId, wrapping.wrap(key.getEncoded(), context(subjectId)), algorithmForNewKeys, clock.instant()));
        return new DataKey(subjectId, key, algorithmForNewKeys, FIRST_VERSION);
    }

    private DataKey unwrap(SubjectKey stored) {
        FieldAlgorithm algorithm = stored.algorithm();
        byte[] material = wrapping.unwrap(stored.wrappedKey(), context(stored.subjectId()));
        return new DataKey(
                stored.subjectId(), new SecretKeySpec(material, algorithm.keyAlgorithm()), algorithm, FIRST_VERSION);
    }

    static String context(UUID subjectId) {
        return "dek/" + subjectId;
    }

    static SecretKey generate(FieldAlgorithm algorithm) {
        byte[] material = new byte[algorithm.keyBytes()];
        new java.security.SecureRandom().nextBytes(material);
        return new SecretKeySpec(material, algorithm.keyAlgorithm());
    }
}

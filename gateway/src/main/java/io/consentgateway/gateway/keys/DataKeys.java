package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-subject data-encryption keys (envelope encryption): a fresh AES-256 key per subject, stored wrapped by the
 * KEK. Destroying one subject's key later makes all of that subject's ciphertext unreadable everywhere it was
 * copied (crypto-shredding), without touching anyone else's.
 */
public class DataKeys {

    private static final String ALGORITHM = "AES-256-GCM";
    private static final int FIRST_VERSION = 1;

    private final Keyring keyring;
    private final FieldCipher cipher;
    private final SubjectKeyRepository keys;
    private final Clock clock;

    DataKeys(Keyring keyring, FieldCipher cipher, SubjectKeyRepository keys, Clock clock) {
        this.keyring = keyring;
        this.cipher = cipher;
        this.keys = keys;
        this.clock = clock;
    }

    /** The subject's key, created on first use. Call inside the transaction that stores the subject. */
    public DataKey forSubject(UUID subjectId) {
        return find(subjectId).orElseGet(() -> create(subjectId));
    }

    public Optional<DataKey> find(UUID subjectId) {
        return keys.findById(subjectId)
                .filter(stored -> stored.wrappedKey() != null)
                .map(stored -> new DataKey(subjectId, unwrap(subjectId, stored.wrappedKey()), FIRST_VERSION));
    }

    private DataKey create(UUID subjectId) {
        SecretKey key = generate();
        byte[] wrapped = cipher.seal(keyring.kek(), FIRST_VERSION, key.getEncoded(), wrappingContext(subjectId));
        keys.save(new SubjectKey(subjectId, wrapped, keyring.kekId(), ALGORITHM, clock.instant()));
        return new DataKey(subjectId, key, FIRST_VERSION);
    }

    private SecretKey unwrap(UUID subjectId, byte[] wrapped) {
        return new SecretKeySpec(cipher.open(keyring.kek(), wrapped, wrappingContext(subjectId)), "AES");
    }

    private static byte[] wrappingContext(UUID subjectId) {
        return ("dek/" + subjectId).getBytes(StandardCharsets.UTF_8);
    }

    static SecretKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}

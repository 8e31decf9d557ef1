package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Encrypts and decrypts one field of one subject under that subject's data key. */
public class FieldEncryption {

    private final FieldCipher cipher;

    FieldEncryption(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public byte[] encrypt(DataKey key, String field, String plaintext) {
        return cipher.seal(
                key.algorithm(),
                key.key(),
                key.version(),
                plaintext.getBytes(StandardCharsets.UTF_8),
                context(key.subjectId().toString(), field));
    }

    /** @throws TamperedCiphertextException when the value was altered or belongs to another subject or field */
    public String decrypt(DataKey key, String field, byte[] ciphertext) {
        return new String(
                cipher.open(key.key(), ciphertext, context(key.subjectId().toString(), field)), StandardCharsets.UTF_8);
    }

    /** Decrypts with the subject's key if it still exists; a destroyed key reads as {@link FieldValue.Erased}. */
    public FieldValue read(Optional<DataKey> key, String field, byte[] ciphertext) {
        if (ciphertext == null) {
            return FieldValue.ABSENT;
        }
        return key.<FieldValue>map(present -> new FieldValue.Clear(decrypt(present, field, ciphertext)))
                .orElse(FieldValue.ERASED);
    }

    private static byte[] context(String subjectId, String field) {
        return ("subject/" + subjectId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}

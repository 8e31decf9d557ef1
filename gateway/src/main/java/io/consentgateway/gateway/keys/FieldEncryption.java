package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;

/** Encrypts and decrypts one field of one subject under that subject's data key. */
public class FieldEncryption {

    private final FieldCipher cipher;

    FieldEncryption(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public byte[] encrypt(DataKey key, String field, String plaintext) {
        return cipher.seal(key.key(), key.version(), plaintext.getBytes(StandardCharsets.UTF_8), context(key, field));
    }

    /** @throws TamperedCiphertextException when the value was altered or belongs to another subject or field */
    public String decrypt(DataKey key, String field, byte[] ciphertext) {
        return new String(cipher.open(key.key(), ciphertext, context(key, field)), StandardCharsets.UTF_8);
    }

    private static byte[] context(DataKey key, String field) {
        return ("subject/" + key.subjectId() + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}

package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a document that belongs to no subject yet (a quarantined payload) under its own fresh data key, wrapped by
 * the KEK and kept beside it. Deleting the record deletes its key with it.
 */
public class Envelopes {

    private static final int VERSION = 1;

    private final Keyring keyring;
    private final FieldCipher cipher;

    Envelopes(Keyring keyring, FieldCipher cipher) {
        this.keyring = keyring;
        this.cipher = cipher;
    }

    public SealedEnvelope seal(byte[] plaintext, String context) {
        SecretKey key = DataKeys.generate();
        byte[] wrappedKey = cipher.seal(keyring.kek(), VERSION, key.getEncoded(), bytes("envelope-key/" + context));
        return new SealedEnvelope(wrappedKey, cipher.seal(key, VERSION, plaintext, bytes(context)));
    }

    public byte[] open(SealedEnvelope envelope, String context) {
        byte[] key = cipher.open(keyring.kek(), envelope.wrappedKey(), bytes("envelope-key/" + context));
        return cipher.open(new SecretKeySpec(key, "AES"), envelope.ciphertext(), bytes(context));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A ciphertext and its wrapped key. */
    public record SealedEnvelope(byte[] wrappedKey, byte[] ciphertext) {}
}

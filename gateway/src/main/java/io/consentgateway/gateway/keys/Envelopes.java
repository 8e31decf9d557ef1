package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a document that belongs to no subject yet (a quarantined payload) under its own fresh data key, wrapped by
 * the current KEK and kept beside it. Deleting the record deletes its key with it.
 */
public class Envelopes {

    private static final int VERSION = 1;

    private final KeyWrapping wrapping;
    private final FieldCipher cipher;
    private final FieldAlgorithm algorithm;

    Envelopes(KeyWrapping wrapping, FieldCipher cipher, FieldAlgorithm algorithm) {
        this.wrapping = wrapping;
        this.cipher = cipher;
        this.algorithm = algorithm;
    }

    public SealedEnvelope seal(byte[] plaintext, String context) {
        SecretKey key = DataKeys.generate(algorithm);
        KeyWrapping.Wrapped wrapped = wrapping.wrap(key.getEncoded(), keyContext(context));
        return new SealedEnvelope(
                wrapped.bytes(), wrapped.kekId(), cipher.seal(algorithm, key, VERSION, plaintext, bytes(context)));
    }

    public byte[] open(SealedEnvelope envelope, String context) {
        byte[] material = wrapping.unwrap(envelope.wrappedKey(), keyContext(context));
        FieldAlgorithm sealedWith = FieldCipher.algorithmOf(envelope.ciphertext());
        return cipher.open(
                new SecretKeySpec(material, sealedWith.keyAlgorithm()), envelope.ciphertext(), bytes(context));
    }

    /** Re-wraps an envelope's key under the current KEK, leaving the sealed document untouched. */
    public SealedEnvelope rewrap(SealedEnvelope envelope, String context) {
        byte[] material = wrapping.unwrap(envelope.wrappedKey(), keyContext(context));
        KeyWrapping.Wrapped wrapped = wrapping.wrap(material, keyContext(context));
        return new SealedEnvelope(wrapped.bytes(), wrapped.kekId(), envelope.ciphertext());
    }

    public String currentKekId() {
        return wrapping.currentKekId();
    }

    private static String keyContext(String context) {
        return "envelope-key/" + context;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A ciphertext, its wrapped key and the KEK that wrapped it. */
    public record SealedEnvelope(byte[] wrappedKey, String kekId, byte[] ciphertext) {}
}

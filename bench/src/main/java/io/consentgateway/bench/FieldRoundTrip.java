package io.consentgateway.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.crypto.SecretKey;

/**
 * Encrypts and decrypts one field (cycling through the samples) as the gateway's FieldEncryption does, and fails
 * loudly when the value does not come back unchanged.
 */
final class FieldRoundTrip implements Operation {

    private static final int KEY_VERSION = 1;

    private final String variant;
    private final GcmFieldCipher cipher;
    private final SecretKey key;
    private final List<FieldSample> samples;

    FieldRoundTrip(String variant, GcmFieldCipher cipher, SecretKey key, List<FieldSample> samples) {
        this.variant = variant;
        this.cipher = cipher;
        this.key = key;
        this.samples = List.copyOf(samples);
    }

    @Override
    public int run(long iteration) throws GeneralSecurityException {
        FieldSample sample = samples.get((int) (iteration % samples.size()));
        byte[] sealed =
                cipher.seal(key, KEY_VERSION, sample.value().getBytes(StandardCharsets.UTF_8), sample.associatedData());
        String opened = new String(cipher.open(key, sealed, sample.associatedData()), StandardCharsets.UTF_8);
        if (!opened.equals(sample.value())) {
            throw new IllegalStateException(
                    variant + ": the round trip of field " + sample.field() + " returned a different value");
        }
        return sealed.length;
    }
}

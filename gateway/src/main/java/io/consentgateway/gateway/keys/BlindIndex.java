package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * Keyed digests (HMAC-SHA-256 under the blind-index key, separate from the KEK) of normalised identifiers, so the
 * store can find "the customer with this mobile" without holding the mobile in clear. Without the key the digests
 * cannot be recomputed from a phone-number list.
 */
public class BlindIndex {

    private final Keyring keyring;

    BlindIndex(Keyring keyring) {
        this.keyring = keyring;
    }

    /** @param kind what the value is (e.g. {@code mobile}), so equal values of different kinds never collide */
    public String of(String kind, String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keyring.blindIndexKey());
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}

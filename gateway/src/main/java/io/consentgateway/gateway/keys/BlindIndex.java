package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed digests (HMAC-SHA-256 or HMAC-SM3 under the blind-index key, separate from the KEK) of normalised
 * identifiers, so the store can find "the customer with this mobile" without holding the mobile in clear. Without
 * the key the digests cannot be recomputed from a list of phone numbers.
 */
public class BlindIndex {

    private final CryptoProviders providers;
    private final BlindIndexAlgorithm algorithm;
    private final byte[] key;

    BlindIndex(CryptoProviders providers, BlindIndexAlgorithm algorithm, Keyring keyring) {
        this.providers = providers;
        this.algorithm = algorithm;
        this.key = keyring.blindIndexKey().getEncoded();
    }

    /** @param kind what the value is (e.g. {@code mobile}), so equal values of different kinds never collide */
    public String of(String kind, String normalisedValue) {
        try {
            Mac mac = providers.mac(algorithm);
            mac.init(new SecretKeySpec(key, mac.getAlgorithm()));
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.configName() + " is not available", e);
        }
    }
}

package io.consentgateway.gateway.keys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.keys.*}: where the keystore lives, its password, and the algorithms. Without a configured
 * password (development), one is generated next to the keystore on first start; production sets
 * {@code GATEWAY_KEYS_PASSWORD}. The national-cryptography set is {@code sm4-gcm}, {@code hmac-sm3}, {@code sm3},
 * {@code sm2}.
 *
 * @param keystore the PKCS#12 file; default {@code <data-dir>/keys/gateway.p12}
 * @param password the keystore password; blank means "generate one for development"
 * @param fieldAlgorithm {@code aes-256-gcm} or {@code sm4-gcm}, for data keys created from now on
 * @param blindIndexAlgorithm {@code hmac-sha256} or {@code hmac-sm3}; fixed once the store holds data
 * @param hashAlgorithm {@code sha-256} or {@code sm3}
 * @param signatureAlgorithm {@code ed25519} or {@code sm2}
 * @param erasureShards how many erasure shards new keys spread over: an erasure reseals its shard-mates (about
 *     subjects / shards keys), so more shards make erasures cheaper
 */
@ConfigurationProperties("gateway.keys")
public record KeyProperties(
        Path keystore,
        String password,
        @DefaultValue("aes-256-gcm") String fieldAlgorithm,
        @DefaultValue("hmac-sha256") String blindIndexAlgorithm,
        @DefaultValue("sha-256") String hashAlgorithm,
        @DefaultValue("ed25519") String signatureAlgorithm,
        @DefaultValue("16384") int erasureShards) {

    @Override
    public String toString() {
        return "KeyProperties[keystore=" + keystore + ", fieldAlgorithm=" + fieldAlgorithm + ", blindIndexAlgorithm="
                + blindIndexAlgorithm + ", hashAlgorithm=" + hashAlgorithm + ", signatureAlgorithm="
                + signatureAlgorithm + "]";
    }
}

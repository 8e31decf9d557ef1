package io.consentgateway.gateway.keys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.keys.*}: where the keystore lives and its password. Without a configured password (development),
 * one is generated next to the keystore on first start; production sets {@code GATEWAY_KEYS_PASSWORD}.
 *
 * @param keystore the PKCS#12 file; default {@code <data-dir>/keys/gateway.p12}
 * @param password the keystore password; blank means "generate one for development"
 */
@ConfigurationProperties("gateway.keys")
public record KeyProperties(Path keystore, String password) {}

package io.consentgateway.gateway.keys;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    @Bean
    Keyring keyring(KeyProperties properties, @Value("${gateway.data-dir}") Path dataDir) {
        Path keysDir = dataDir.resolve("keys");
        Path keystore = properties.keystore() != null ? properties.keystore() : keysDir.resolve("gateway.p12");
        char[] password = properties.password() == null || properties.password().isBlank()
                ? Keyring.developmentPassword(keysDir.resolve("keystore.password"))
                : properties.password().toCharArray();
        return Keyring.openOrCreate(keystore, password);
    }

    @Bean
    FieldCipher fieldCipher() {
        return new FieldCipher();
    }

    @Bean
    DataKeys dataKeys(Keyring keyring, FieldCipher cipher, SubjectKeyRepository keys, Clock clock) {
        return new DataKeys(keyring, cipher, keys, clock);
    }

    @Bean
    FieldEncryption fieldEncryption(FieldCipher cipher) {
        return new FieldEncryption(cipher);
    }

    @Bean
    BlindIndex blindIndex(Keyring keyring) {
        return new BlindIndex(keyring);
    }

    @Bean
    Envelopes envelopes(Keyring keyring, FieldCipher cipher) {
        return new Envelopes(keyring, cipher);
    }
}

package io.consentgateway.gateway.keys;

import io.consentgateway.audit.RevisionContextHolder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    private static final String BLIND_INDEX_SETTING = "blind-index-algorithm";

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
    CryptoProviders cryptoProviders() {
        return new CryptoProviders();
    }

    @Bean
    FieldCipher fieldCipher(CryptoProviders providers) {
        return new FieldCipher(providers);
    }

    @Bean
    KeyWrapping keyWrapping(Keyring keyring, FieldCipher cipher) {
        return new KeyWrapping(keyring, cipher);
    }

    @Bean
    ErasureShards erasureShards(
            KeyProperties properties, @Value("${gateway.data-dir}") Path dataDir, Keyring keyring, FieldCipher cipher) {
        Path keystore = properties.keystore() != null
                ? properties.keystore()
                : dataDir.resolve("keys").resolve("gateway.p12");
        return ErasureShards.openOrCreate(
                keystore.toAbsolutePath().resolveSibling("erasure-shards.bin"),
                properties.erasureShards(),
                keyring,
                cipher);
    }

    /** Finishes the clean-up of a ratchet interrupted between its commit and the destruction of the old secret. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> erasureShardCleanUp(ErasureShards shards, ShardRegistry registry) {
        return ready -> shards.keepOnlyCurrent(registry.currentGenerations());
    }

    @Bean
    ShardRegistry shardRegistry(JdbcTemplate jdbc, KeyProperties properties) {
        return new ShardRegistry(jdbc, properties.erasureShards());
    }

    @Bean
    DataKeys dataKeys(
            KeyWrapping wrapping,
            FieldCipher cipher,
            ErasureShards shards,
            ShardRegistry registry,
            SubjectKeyRepository keys,
            KeyProperties properties,
            Clock clock) {
        return new DataKeys(
                wrapping,
                cipher,
                shards,
                registry,
                keys,
                FieldAlgorithm.fromConfig(properties.fieldAlgorithm()),
                clock);
    }

    @Bean
    FieldEncryption fieldEncryption(FieldCipher cipher) {
        return new FieldEncryption(cipher);
    }

    /** The blind-index algorithm is fixed once chosen: digests under another one would never match again. */
    @Bean
    BlindIndex blindIndex(
            CryptoProviders providers,
            Keyring keyring,
            KeyProperties properties,
            KeySettingRepository settings,
            TransactionTemplate transactions) {
        BlindIndexAlgorithm configured = BlindIndexAlgorithm.fromConfig(properties.blindIndexAlgorithm());
        String recorded = transactions.execute(status -> settings.findById(BLIND_INDEX_SETTING)
                .orElseGet(() -> settings.save(new KeySetting(BLIND_INDEX_SETTING, configured.configName())))
                .value());
        if (!configured.configName().equals(recorded)) {
            throw new IllegalStateException("gateway.keys.blind-index-algorithm is " + configured.configName()
                    + " but the store's blind indexes were made with " + recorded
                    + "; changing it would break deduplication. Keep " + recorded + ".");
        }
        return new BlindIndex(providers, configured, keyring);
    }

    @Bean
    Envelopes envelopes(KeyWrapping wrapping, FieldCipher cipher, KeyProperties properties) {
        return new Envelopes(wrapping, cipher, FieldAlgorithm.fromConfig(properties.fieldAlgorithm()));
    }

    @Bean
    Hasher hasher(CryptoProviders providers, KeyProperties properties) {
        return new Hasher(providers, HashAlgorithm.fromConfig(properties.hashAlgorithm()));
    }

    @Bean
    Signer signer(
            CryptoProviders providers,
            KeyWrapping wrapping,
            SigningKeyRepository keys,
            KeyProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromConfig(properties.signatureAlgorithm());
        return transactions.execute(status -> new Signer(providers, wrapping, keys, algorithm, clock));
    }

    @Bean
    CryptoShredder cryptoShredder(
            SubjectKeyRepository keys,
            DataKeys dataKeys,
            KeyWrapping wrapping,
            ErasureShards shards,
            ShardRegistry registry,
            Clock clock) {
        return new CryptoShredder(keys, dataKeys, wrapping, shards, registry, clock);
    }

    @Bean
    KeyRotations keyRotations(
            Keyring keyring,
            KeyWrapping wrapping,
            Envelopes envelopes,
            SubjectKeyRepository subjectKeys,
            SigningKeyRepository signingKeys,
            KeyRotationRepository rotations,
            List<WrappedKeyHolder> holders,
            TransactionTemplate transactions,
            RevisionContextHolder revisions,
            Clock clock) {
        return new KeyRotations(
                keyring,
                wrapping,
                envelopes,
                subjectKeys,
                signingKeys,
                rotations,
                holders,
                transactions,
                revisions,
                clock);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterruptedRotation(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(KeyRotations.class).resumeInterrupted();
    }
}

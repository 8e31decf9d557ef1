package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-subject data-encryption keys (envelope encryption): a fresh key per subject in the configured field
 * algorithm, sealed under the secret of its erasure shard and then wrapped by the current KEK. Destroying one
 * subject's key makes all of that subject's ciphertext unreadable wherever it was copied (crypto-shredding), and the
 * shard ratchet ({@link CryptoShredder}) extends that to database backups taken before the erasure.
 */
public class DataKeys {

    private static final int FIRST_VERSION = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyWrapping wrapping;
    private final FieldCipher cipher;
    private final ErasureShards shards;
    private final ShardRegistry registry;
    private final SubjectKeyRepository keys;
    private final FieldAlgorithm algorithmForNewKeys;
    private final Clock clock;

    DataKeys(
            KeyWrapping wrapping,
            FieldCipher cipher,
            ErasureShards shards,
            ShardRegistry registry,
            SubjectKeyRepository keys,
            FieldAlgorithm algorithmForNewKeys,
            Clock clock) {
        this.wrapping = wrapping;
        this.cipher = cipher;
        this.shards = shards;
        this.registry = registry;
        this.keys = keys;
        this.algorithmForNewKeys = algorithmForNewKeys;
        this.clock = clock;
    }

    /** The subject's key, created on first use. Call inside the transaction that stores the subject. */
    public DataKey forSubject(UUID subjectId) {
        Optional<SubjectKey> stored = keys.findById(subjectId);
        if (stored.isPresent() && stored.get().destroyed()) {
            throw new IllegalStateException("Subject " + subjectId + " was erased; it cannot be given a new key");
        }
        return stored.map(this::unwrap).orElseGet(() -> create(subjectId));
    }

    /**
     * Keys for many new subjects at once (a bulk import, the deletion benchmark): one shard lock per shard, one batched
     * insert. Call inside a transaction; the ids must be new.
     */
    public void createAll(Collection<UUID> subjectIds) {
        Map<Integer, Integer> generations = new HashMap<>();
        List<SubjectKey> created = new ArrayList<>(subjectIds.size());
        for (UUID subjectId : subjectIds) {
            int shard = registry.shardOf(subjectId);
            int generation = generations.computeIfAbsent(shard, registry::currentGenerationForNewKey);
            created.add(stored(subjectId, generate(algorithmForNewKeys), shard, generation));
        }
        keys.saveAll(created);
    }

    /** @return empty when the subject has no key or its key was destroyed (crypto-shredded) */
    public Optional<DataKey> find(UUID subjectId) {
        return keys.findById(subjectId).filter(stored -> !stored.destroyed()).map(this::unwrap);
    }

    /** True when the subject had a key and it was destroyed. */
    public boolean isErased(UUID subjectId) {
        return keys.findById(subjectId).map(SubjectKey::destroyed).orElse(false);
    }

    private DataKey create(UUID subjectId) {
        int shard = registry.shardOf(subjectId);
        SecretKey key = generate(algorithmForNewKeys);
        keys.save(stored(subjectId, key, shard, registry.currentGenerationForNewKey(shard)));
        return new DataKey(subjectId, key, algorithmForNewKeys, FIRST_VERSION);
    }

    /** The key sealed under its shard's secret of that generation, then wrapped by the current KEK. */
    private SubjectKey stored(UUID subjectId, SecretKey key, int shard, int generation) {
        byte[] sealed = seal(key.getEncoded(), subjectId, shards.secretForNewKey(shard, generation), generation);
        return new SubjectKey(
                subjectId,
                wrapping.wrap(sealed, context(subjectId)),
                algorithmForNewKeys,
                shard,
                generation,
                clock.instant());
    }

    /**
     * Opens a stored key row — also one read from a backup, which is how the erasure test proves that a copy taken
     * before an erasure no longer opens.
     *
     * @throws ShardSecretDestroyedException when the key's shard generation was destroyed
     */
    DataKey unwrap(SubjectKey stored) {
        FieldAlgorithm algorithm = stored.algorithm();
        byte[] material = open(stored.subjectId(), stored.wrappedKey(), stored.erasureShard());
        return new DataKey(
                stored.subjectId(), new SecretKeySpec(material, algorithm.keyAlgorithm()), algorithm, FIRST_VERSION);
    }

    byte[] open(UUID subjectId, byte[] wrappedKey, Integer erasureShard) {
        byte[] unwrapped = wrapping.unwrap(wrappedKey, context(subjectId));
        if (erasureShard == null) {
            return unwrapped; // a key from before erasure shards: sealed by the KEK alone
        }
        SecretKey secret = shards.secret(erasureShard, FieldCipher.keyVersion(unwrapped));
        return cipher.open(secret, unwrapped, shardContext(subjectId));
    }

    byte[] seal(byte[] material, UUID subjectId, SecretKey shardSecret, int generation) {
        return cipher.seal(FieldAlgorithm.AES_256_GCM, shardSecret, generation, material, shardContext(subjectId));
    }

    static String context(UUID subjectId) {
        return "dek/" + subjectId;
    }

    private static byte[] shardContext(UUID subjectId) {
        return ("dek-shard/" + subjectId).getBytes(StandardCharsets.UTF_8);
    }

    static SecretKey generate(FieldAlgorithm algorithm) {
        byte[] material = new byte[algorithm.keyBytes()];
        RANDOM.nextBytes(material);
        return new SecretKeySpec(material, algorithm.keyAlgorithm());
    }
}

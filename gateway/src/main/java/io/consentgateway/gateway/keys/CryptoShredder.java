package io.consentgateway.gateway.keys;

import java.time.Clock;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erases a subject by destroying its data key (PIPL Art. 47): every ciphertext of that subject — live row, Envers
 * history, replicas — becomes unreadable, and nobody else's changes. Then the subject's erasure shard moves to a new
 * generation: its other keys are resealed under a fresh secret and the old secret is destroyed once that commits, so
 * a database backup taken before the erasure cannot open the erased key either.
 */
public class CryptoShredder {

    private static final Logger log = LoggerFactory.getLogger(CryptoShredder.class);

    private final SubjectKeyRepository keys;
    private final DataKeys dataKeys;
    private final KeyWrapping wrapping;
    private final ErasureShards shards;
    private final ShardRegistry registry;
    private final Clock clock;

    CryptoShredder(
            SubjectKeyRepository keys,
            DataKeys dataKeys,
            KeyWrapping wrapping,
            ErasureShards shards,
            ShardRegistry registry,
            Clock clock) {
        this.keys = keys;
        this.dataKeys = dataKeys;
        this.wrapping = wrapping;
        this.shards = shards;
        this.registry = registry;
        this.clock = clock;
    }

    /** @return true when a live key was destroyed, false when there was none (already erased or unknown) */
    @Transactional
    public boolean shred(UUID subjectId) {
        return keys.findById(subjectId)
                .filter(key -> !key.destroyed())
                .map(key -> {
                    Integer shard = key.erasureShard();
                    key.destroy(clock.instant());
                    keys.flush();
                    if (shard != null) {
                        ratchet(shard);
                    }
                    log.info("Destroyed the data key of subject {}", subjectId);
                    return true;
                })
                .orElse(false);
    }

    private void ratchet(int shard) {
        int retired = registry.lockForRatchet(shard);
        int next = retired + 1;
        SecretKey secret = shards.nextGeneration(shard, next);
        int resealed = 0;
        for (SubjectKey mate : keys.findByErasureShardAndWrappedKeyIsNotNull(shard)) {
            byte[] material = dataKeys.open(mate.subjectId(), mate.wrappedKey(), shard);
            byte[] sealed = dataKeys.seal(material, mate.subjectId(), secret, next);
            mate.reseal(wrapping.wrap(sealed, DataKeys.context(mate.subjectId())), next);
            resealed++;
        }
        registry.advance(shard, next);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                // committed: the old secret goes; rolled back: the unused new one goes
                shards.keepOnly(shard, status == STATUS_COMMITTED ? next : retired);
            }
        });
        log.info("Erasure shard {} moved to generation {} ({} keys resealed)", shard, next, resealed);
    }
}

package io.consentgateway.gateway.keys;

import io.consentgateway.gateway.system.AssignedIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A subject's data key, stored only wrapped by a KEK. Deliberately not audited by Envers: a copy of the wrapped
 * key in a history table would defeat crypto-shredding (destroying this key must make the subject unreadable).
 */
@Entity
@Table(name = "subject_key")
class SubjectKey extends AssignedIdentity<UUID> {

    @Id
    @Column(name = "subject_id")
    private UUID subjectId;

    @Override
    public UUID getId() {
        return subjectId;
    }

    @Column(name = "wrapped_key")
    private byte[] wrappedKey;

    @Column(name = "kek_id", nullable = false)
    private String kekId;

    @Column(nullable = false)
    private String algorithm;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    /** Null for keys created before erasure shards existed (they are sealed by the KEK alone). */
    @Column(name = "erasure_shard")
    private Integer erasureShard;

    @Column(name = "shard_generation")
    private Integer shardGeneration;

    @Version
    private long version;

    protected SubjectKey() {}

    SubjectKey(
            UUID subjectId,
            KeyWrapping.Wrapped wrapped,
            FieldAlgorithm algorithm,
            int erasureShard,
            int shardGeneration,
            Instant createdAt) {
        this.subjectId = subjectId;
        this.erasureShard = erasureShard;
        this.shardGeneration = shardGeneration;
        this.wrappedKey = wrapped.bytes();
        this.kekId = wrapped.kekId();
        this.algorithm = algorithm.configName();
        this.createdAt = createdAt;
    }

    UUID subjectId() {
        return subjectId;
    }

    byte[] wrappedKey() {
        return wrappedKey;
    }

    FieldAlgorithm algorithm() {
        return FieldAlgorithm.fromConfig(algorithm);
    }

    boolean destroyed() {
        return wrappedKey == null;
    }

    Integer erasureShard() {
        return erasureShard;
    }

    Integer shardGeneration() {
        return shardGeneration;
    }

    /** Moved to a new generation of its erasure shard (a shard-mate was erased). */
    void reseal(KeyWrapping.Wrapped wrapped, int generation) {
        rewrap(wrapped);
        this.shardGeneration = generation;
    }

    void rewrap(KeyWrapping.Wrapped wrapped) {
        this.wrappedKey = wrapped.bytes();
        this.kekId = wrapped.kekId();
    }

    /** Crypto-shredding: the only copy of the key goes; the ciphertext it protected becomes noise. */
    void destroy(Instant now) {
        this.wrappedKey = null;
        this.destroyedAt = now;
    }
}

package io.consentgateway.gateway.keys;

import java.util.Objects;
import java.util.UUID;
import javax.crypto.SecretKey;

/** A subject's data-encryption key, unwrapped, for the duration of one operation. Only keys/ can read it. */
public final class DataKey {

    private final UUID subjectId;
    private final SecretKey key;
    private final FieldAlgorithm algorithm;
    private final int version;

    DataKey(UUID subjectId, SecretKey key, FieldAlgorithm algorithm, int version) {
        this.subjectId = Objects.requireNonNull(subjectId);
        this.key = Objects.requireNonNull(key);
        this.algorithm = Objects.requireNonNull(algorithm);
        this.version = version;
    }

    public UUID subjectId() {
        return subjectId;
    }

    SecretKey key() {
        return key;
    }

    FieldAlgorithm algorithm() {
        return algorithm;
    }

    int version() {
        return version;
    }

    @Override
    public String toString() {
        return "DataKey[subject=" + subjectId + ", " + algorithm.configName() + ", version=" + version + "]";
    }
}

package io.consentgateway.gateway.keys;

import java.util.Objects;
import java.util.UUID;
import javax.crypto.SecretKey;

/** A subject's data-encryption key, unwrapped, for the duration of one operation. Only keys/ can read it. */
public final class DataKey {

    private final UUID subjectId;
    private final SecretKey key;
    private final int version;

    DataKey(UUID subjectId, SecretKey key, int version) {
        this.subjectId = Objects.requireNonNull(subjectId);
        this.key = Objects.requireNonNull(key);
        this.version = version;
    }

    public UUID subjectId() {
        return subjectId;
    }

    SecretKey key() {
        return key;
    }

    int version() {
        return version;
    }

    @Override
    public String toString() {
        return "DataKey[subject=" + subjectId + ", version=" + version + "]";
    }
}

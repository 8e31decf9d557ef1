package io.consentgateway.gateway.system;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the gateway assigns (a UUID, a channel's source key). Spring Data cannot tell such an entity
 * is new, so {@code save} would merge it — a SELECT before every INSERT; on the ingest path that was one extra round
 * trip per row. Constructed here means new; loaded or persisted means stored.
 */
@MappedSuperclass
public abstract class AssignedIdentity<I> implements Persistable<I> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}

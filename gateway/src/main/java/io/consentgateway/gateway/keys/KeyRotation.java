package io.consentgateway.gateway.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One KEK rotation: which version replaced which, how far re-wrapping got, who asked. Audited. */
@Entity
@Table(name = "key_rotation")
@Audited
class KeyRotation {

    static final String RUNNING = "running";
    static final String COMPLETED = "completed";

    @Id
    private UUID id;

    @Column(name = "from_kek", nullable = false)
    private String fromKek;

    @Column(name = "to_kek", nullable = false)
    private String toKek;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private long rewrapped;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected KeyRotation() {}

    KeyRotation(UUID id, String fromKek, String toKek, String requestedBy, Instant startedAt) {
        this.id = id;
        this.fromKek = fromKek;
        this.toKek = toKek;
        this.status = RUNNING;
        this.requestedBy = requestedBy;
        this.startedAt = startedAt;
    }

    void progressed(int count) {
        rewrapped += count;
    }

    void complete(Instant now) {
        status = COMPLETED;
        completedAt = now;
    }

    UUID id() {
        return id;
    }

    String toKek() {
        return toKek;
    }

    String requestedBy() {
        return requestedBy;
    }

    KeyRotationStatus status() {
        return new KeyRotationStatus(id, fromKek, toKek, status, rewrapped, requestedBy, startedAt, completedAt);
    }
}

package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.keys.Envelopes.SealedEnvelope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A record the pipeline could not accept, kept whole (payload sealed under its own key) with the reason, so an
 * integrator can fix and replay it. Never lost, never readable without the gateway's keys; once discarded, not
 * readable at all (the sealed payload and its key are gone, the fact remains).
 */
@Entity
@Table(name = "quarantined_record")
class QuarantinedRecord {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String channel;

    @Column(name = "source_id")
    private String sourceId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "wrapped_key")
    private byte[] wrappedKey;

    @Column(name = "kek_id")
    private String kekId;

    @Column(name = "sealed_payload")
    private byte[] sealedPayload;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "quarantined_at", nullable = false)
    private Instant quarantinedAt;

    @Column(nullable = false)
    private String status;

    private String partner;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "discard_reason")
    private String discardReason;

    /** Keyed digest of the payload as received: the same broken record delivered again is a duplicate. */
    @Column(name = "payload_digest")
    private String payloadDigest;

    protected QuarantinedRecord() {}

    QuarantinedRecord(
            UUID id,
            String channel,
            String sourceId,
            String reason,
            SealedEnvelope sealed,
            String requestId,
            Instant quarantinedAt,
            String partner,
            String payloadDigest) {
        this.id = id;
        this.channel = channel;
        this.sourceId = sourceId;
        this.reason = reason;
        sealIn(sealed);
        this.requestId = requestId;
        this.quarantinedAt = quarantinedAt;
        this.partner = partner;
        this.payloadDigest = payloadDigest;
        this.status = QuarantineEntryStatus.OPEN.label();
    }

    static String envelopeContext(UUID id) {
        return "quarantine/" + id;
    }

    String envelopeContext() {
        return envelopeContext(id);
    }

    /** @throws IllegalStateException once discarded: there is nothing left to open */
    SealedEnvelope envelope() {
        if (sealedPayload == null) {
            throw new IllegalStateException("quarantine entry " + id + " was discarded");
        }
        return new SealedEnvelope(wrappedKey, kekId, sealedPayload);
    }

    void sealIn(SealedEnvelope sealed) {
        this.wrappedKey = sealed.wrappedKey();
        this.kekId = sealed.kekId();
        this.sealedPayload = sealed.ciphertext();
    }

    /** Destroys the sealed payload and its key: the record is gone, who gave it up, when and why remain. */
    void discard(String by, Instant at, String why) {
        this.wrappedKey = null;
        this.kekId = null;
        this.sealedPayload = null;
        this.status = QuarantineEntryStatus.DISCARDED.label();
        this.closedBy = by;
        this.closedAt = at;
        this.discardReason = why;
    }

    UUID id() {
        return id;
    }

    String channel() {
        return channel;
    }

    String sourceId() {
        return sourceId;
    }

    String reason() {
        return reason;
    }

    Instant quarantinedAt() {
        return quarantinedAt;
    }

    QuarantineEntryStatus status() {
        return QuarantineEntryStatus.fromLabel(status);
    }

    Optional<String> partner() {
        return Optional.ofNullable(partner);
    }

    Instant closedAt() {
        return closedAt;
    }

    String closedBy() {
        return closedBy;
    }

    String discardReason() {
        return discardReason;
    }
}

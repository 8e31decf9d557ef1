package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.keys.Envelopes.SealedEnvelope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A record the pipeline could not accept, kept whole (payload sealed under its own key) with the reason, so an
 * integrator can fix and replay it. Never lost, never readable without the gateway's keys.
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

    @Column(name = "wrapped_key", nullable = false)
    private byte[] wrappedKey;

    @Column(name = "kek_id", nullable = false)
    private String kekId;

    @Column(name = "sealed_payload", nullable = false)
    private byte[] sealedPayload;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "quarantined_at", nullable = false)
    private Instant quarantinedAt;

    protected QuarantinedRecord() {}

    QuarantinedRecord(
            UUID id,
            String channel,
            String sourceId,
            String reason,
            SealedEnvelope sealed,
            String requestId,
            Instant quarantinedAt) {
        this.id = id;
        this.channel = channel;
        this.sourceId = sourceId;
        this.reason = reason;
        sealIn(sealed);
        this.requestId = requestId;
        this.quarantinedAt = quarantinedAt;
    }

    static String envelopeContext(UUID id) {
        return "quarantine/" + id;
    }

    String envelopeContext() {
        return envelopeContext(id);
    }

    SealedEnvelope envelope() {
        return new SealedEnvelope(wrappedKey, kekId, sealedPayload);
    }

    void sealIn(SealedEnvelope sealed) {
        this.wrappedKey = sealed.wrappedKey();
        this.kekId = sealed.kekId();
        this.sealedPayload = sealed.ciphertext();
    }
}

package io.consentgateway.gateway.consent;

import io.consentgateway.gateway.system.AssignedIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One grant or withdrawal, as it happened: never updated, never deleted (a database trigger refuses both). The
 * current consent of a subject is derived from these events; the signature is the receipt the customer keeps.
 */
@Entity
@Table(name = "consent_event")
class ConsentEvent extends AssignedIdentity<UUID> {

    @Id
    private UUID id;

    @Override
    public UUID getId() {
        return id;
    }

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(nullable = false)
    private String purpose;

    private String recipient;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "notice_version", nullable = false)
    private int noticeVersion;

    @Column(nullable = false)
    private String channel;

    @Column(nullable = false)
    private String actor;

    @Column(name = "by_guardian", nullable = false)
    private boolean byGuardian;

    @Column(name = "guardian_digest")
    private String guardianDigest;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "signature_algorithm", nullable = false)
    private String signatureAlgorithm;

    @Column(name = "signature_key_id", nullable = false)
    private String signatureKeyId;

    @Column(nullable = false)
    private byte[] signature;

    protected ConsentEvent() {}

    ConsentEvent(ReceiptBody body, String actor, String guardianDigest, ReceiptSignature signature) {
        this.id = body.receiptId();
        this.subjectId = body.subjectId();
        this.purpose = body.purpose();
        this.recipient = body.recipient();
        this.granted = body.granted();
        this.noticeVersion = body.noticeVersion();
        this.channel = body.channel();
        this.actor = actor;
        this.byGuardian = body.byGuardian();
        this.guardianDigest = guardianDigest;
        this.recordedAt = body.recordedAt();
        this.signatureAlgorithm = signature.algorithm();
        this.signatureKeyId = signature.keyId();
        this.signature = signature.value();
    }

    ReceiptBody body() {
        return new ReceiptBody(
                id, subjectId, purpose, recipient, granted, noticeVersion, channel, recordedAt, byGuardian);
    }

    ReceiptSignature signature() {
        return new ReceiptSignature(signatureAlgorithm, signatureKeyId, signature);
    }
}

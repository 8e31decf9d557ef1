package io.consentgateway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed audited data, with the context it ran in. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    private Instant revisionAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private String channel;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "source_ip_digest")
    private String sourceIpDigest;

    protected AuditRevision() {}

    void describe(RevisionContext context) {
        this.actor = context.actor();
        this.roles = context.roles();
        this.channel = context.channel();
        this.purpose = context.purpose();
        this.requestId = context.requestId();
        this.sourceIpDigest = context.sourceIpDigest();
    }

    public long id() {
        return id;
    }

    public Instant revisionAt() {
        return revisionAt;
    }

    public RevisionContext context() {
        return new RevisionContext(actor, roles, channel, purpose, requestId, sourceIpDigest);
    }
}

package io.consentgateway.gateway.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The one subject a customer account may see and act for, bound after the person's identity was verified. */
@Entity
@Audited
@Table(name = "customer_account")
class CustomerAccount {

    @Id
    private String username;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(name = "linked_by", nullable = false)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected CustomerAccount() {}

    CustomerAccount(String username, UUID subjectId, String linkedBy, Instant linkedAt) {
        this.username = username;
        this.subjectId = subjectId;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    UUID subjectId() {
        return subjectId;
    }
}

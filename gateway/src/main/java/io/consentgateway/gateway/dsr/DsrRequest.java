package io.consentgateway.gateway.dsr;

import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.dsr.RefusalReason;
import io.consentgateway.policies.dsr.RequestKind;
import io.consentgateway.policies.dsr.RequestState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.springframework.http.HttpStatus;

/** One data-subject request and where it stands. Every change is an Envers revision with its context. */
@Entity
@Audited
@Table(name = "dsr_request")
class DsrRequest {

    @Id
    private UUID id;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private String channel;

    @Column(name = "details_ct")
    private byte[] detailsCiphertext;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "refusal_code")
    private String refusalCode;

    @Column(name = "refusal_text")
    private String refusalText;

    private String outcome;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "handled_by")
    private String handledBy;

    @Version
    private long version;

    protected DsrRequest() {}

    DsrRequest(
            UUID id,
            UUID subjectId,
            RequestKind kind,
            String channel,
            byte[] detailsCiphertext,
            Instant receivedAt,
            Instant dueAt,
            String registeredBy) {
        this.id = id;
        this.subjectId = subjectId;
        this.kind = kind.code();
        this.state = RequestState.RECEIVED.code();
        this.channel = channel;
        this.detailsCiphertext = detailsCiphertext;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.registeredBy = registeredBy;
    }

    void start() {
        move(RequestState.IN_PROGRESS);
    }

    void verify(Instant now) {
        move(RequestState.VERIFIED);
        verifiedAt = now;
    }

    void complete(String outcome, String handledBy, Instant now) {
        move(RequestState.COMPLETED);
        this.outcome = outcome;
        this.handledBy = handledBy;
        this.completedAt = now;
    }

    void refuse(RefusalReason reason, String explanation, String handledBy, Instant now) {
        move(RequestState.REFUSED);
        this.refusalCode = reason.code();
        this.refusalText = explanation;
        this.handledBy = handledBy;
        this.completedAt = now;
    }

    private void move(RequestState next) {
        if (!state().canMoveTo(next)) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT, "state", "The request is " + state + " and cannot become " + next.code());
        }
        state = next.code();
    }

    UUID id() {
        return id;
    }

    UUID subjectId() {
        return subjectId;
    }

    RequestKind kind() {
        return RequestKind.fromCode(kind).orElseThrow();
    }

    RequestState state() {
        return RequestState.fromCode(state).orElseThrow();
    }

    String channel() {
        return channel;
    }

    byte[] detailsCiphertext() {
        return detailsCiphertext;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    String refusalCode() {
        return refusalCode;
    }

    String refusalText() {
        return refusalText;
    }

    String outcome() {
        return outcome;
    }
}

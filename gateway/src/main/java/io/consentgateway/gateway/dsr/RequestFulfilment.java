package io.consentgateway.gateway.dsr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.api.model.Notice;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.consent.ConsentLedger;
import io.consentgateway.gateway.consent.Notices;
import io.consentgateway.gateway.keys.Signer;
import io.consentgateway.gateway.subject.LegalHolds;
import io.consentgateway.gateway.subject.SubjectCorrections;
import io.consentgateway.gateway.subject.SubjectErasure;
import io.consentgateway.gateway.subject.SubjectRestriction;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.routes.downstream.DownstreamAck;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Carries out a verified request, inside the caller's transaction, and says what was done. */
@Component
class RequestFulfilment {

    private static final String PURPOSE = "data-subject-request";

    private final SubjectCorrections corrections;
    private final SubjectErasure erasure;
    private final SubjectRestriction restriction;
    private final LegalHolds holds;
    private final ConsentLedger ledger;
    private final Notices notices;
    private final Signer signer;
    private final DownstreamNotices downstream;
    private final AuditTrail trail;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    RequestFulfilment(
            SubjectCorrections corrections,
            SubjectErasure erasure,
            SubjectRestriction restriction,
            LegalHolds holds,
            ConsentLedger ledger,
            Notices notices,
            Signer signer,
            DownstreamNotices downstream,
            AuditTrail trail,
            JdbcTemplate jdbc,
            ObjectMapper json,
            Clock clock) {
        this.corrections = corrections;
        this.erasure = erasure;
        this.restriction = restriction;
        this.holds = holds;
        this.ledger = ledger;
        this.notices = notices;
        this.signer = signer;
        this.downstream = downstream;
        this.trail = trail;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    String fulfil(DsrRequest request, RequestDetails details, String handlerNote) {
        return switch (request.kind()) {
            // prepared by SubjectExports as a job; DataSubjectRequests never hands these kinds here
            case ACCESS, EXPORT -> throw new IllegalStateException("exports are jobs");
            case WITHDRAW_CONSENT -> withdraw(request, details);
            case CORRECT ->
                "Corrected: " + String.join(", ", corrections.apply(request.subjectId(), details.corrections()));
            case DELETE ->
                holds.active(request.subjectId())
                        .map(hold -> restrictUnderHold(request, hold))
                        .orElseGet(() -> erase(request));
            case RESTRICT -> {
                restriction.restrict(request.subjectId());
                yield "Your data is kept but no longer used or shown";
            }
            case EXPLAIN -> {
                if (handlerNote == null || handlerNote.isBlank()) {
                    throw new FieldProblem(HttpStatus.BAD_REQUEST, "outcome", "An explanation needs the explanation");
                }
                yield handlerNote;
            }
        };
    }

    // PIPL Art. 46: corrected at the source and at every system that received the data.
    private String correct(DsrRequest request, RequestDetails details) {
        List<String> fields = corrections.apply(request.subjectId(), details.corrections());
        List<DownstreamAck> acks = downstream.tell("correction", request.subjectId(), request.id(), fields);
        return "Corrected: " + String.join(", ", fields) + told(acks);
    }

    private static String told(List<DownstreamAck> acks) {
        if (acks.isEmpty()) {
            return "";
        }
        long confirmed = acks.stream().filter(DownstreamAck::acknowledged).count();
        return "; " + confirmed + " of " + acks.size() + " downstream systems confirmed";
    }

    // PIPL Art. 15: withdrawal is recorded like any other consent event, with a signed receipt in the ledger.
    private String withdraw(DsrRequest request, RequestDetails details) {
        if (details.purpose() == null) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "purpose", "Which purpose to withdraw is missing");
        }
        int noticeVersion = notices.current()
                .map(Notice::getVersion)
                .orElseThrow(() -> new FieldProblem(HttpStatus.CONFLICT, "purpose", "No notice is published"));
        ledger.record(new ConsentLedger.Choice(
                request.subjectId(),
                new Purpose(details.purpose()),
                Optional.empty(),
                false,
                noticeVersion,
                request.channel(),
                "data-subject-request",
                false,
                null));
        return "Consent withdrawn for " + details.purpose();
    }

    // PIPL Art. 47: while a law requires the records, they are only stored and protected; erasure follows the hold.
    private String restrictUnderHold(DsrRequest request, LegalHolds.Hold hold) {
        restriction.restrict(request.subjectId());
        return "Kept because the law requires it (" + hold.basis()
                + (hold.until() == null ? "" : ", until " + hold.until())
                + "): no longer used or shown to anyone; erased when the obligation ends";
    }

    // PIPL Art. 47: deletion by crypto-shredding, with signed proof of what was destroyed and what is kept.
    private String erase(DsrRequest request) {
        Instant now = clock.instant();
        Map<String, Object> destroyed = erasure.erase(request.subjectId());
        ObjectNode certificate = json.createObjectNode();
        certificate.put("requestId", request.id().toString());
        certificate.put("subjectId", request.subjectId().toString());
        certificate.put("erasedAt", now.toString());
        certificate.set("destroyed", json.valueToTree(destroyed));
        certificate.set(
                "unreadable",
                json.valueToTree(List.of("profile fields", "their Envers history", "request details", "replicas")));
        certificate.set(
                "kept",
                json.valueToTree(List.of(
                        "audit facts under the pseudonymous subject id (who, when, purpose)",
                        "consent events (facts of consent, no personal data)")));
        List<DownstreamAck> acks = downstream.tell("erasure", request.subjectId(), request.id(), List.of());
        certificate.set("downstream", json.valueToTree(acks));
        byte[] content = certificate.toString().getBytes(StandardCharsets.UTF_8);
        Signer.DetachedSignature signature = signer.sign(content);
        jdbc.update(
                "insert into deletion_certificate (request_id, subject_id, content, signature_algorithm,"
                        + " signature_key_id, signature, issued_at) values (?, ?, ?, ?, ?, ?, ?)",
                request.id(),
                request.subjectId(),
                certificate.toString(),
                signature.algorithm().configName(),
                signature.keyId(),
                signature.value(),
                Timestamp.from(now));
        trail.record(AuditAction.SUBJECT_ERASED, request.subjectId(), List.of(), PURPOSE);
        return "Erased" + told(acks) + "; certificate: /api/v1/dsr/requests/" + request.id() + "/certificate";
    }
}

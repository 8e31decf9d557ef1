package io.consentgateway.gateway.dsr;

import io.consentgateway.api.RequestsApi;
import io.consentgateway.api.model.Completion;
import io.consentgateway.api.model.DataSubjectRequest;
import io.consentgateway.api.model.DeletionCertificate;
import io.consentgateway.api.model.LegalHold;
import io.consentgateway.api.model.Refusal;
import io.consentgateway.api.model.StaffRequest;
import io.consentgateway.api.model.SubjectView;
import io.consentgateway.api.model.VerificationCode;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.subject.LegalHolds;
import io.consentgateway.gateway.subject.SubjectDossier;
import io.consentgateway.gateway.subject.SubjectLookup;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.dsr.RefusalReason;
import io.consentgateway.policies.dsr.RequestKind;
import io.consentgateway.policies.dsr.RequestState;
import io.consentgateway.policies.validation.MobileNumber;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.Validated;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

/** The compliance queue: requests registered by staff, verified, completed or refused (permission dsr:handle). */
@RestController
class RequestsController implements RequestsApi {

    private static final String LEGAL_HOLD = "legal-hold";

    private final DataSubjectRequests requests;
    private final RequestViews views;
    private final SubjectLookup lookup;
    private final JdbcTemplate jdbc;
    private final LegalHolds holds;
    private final SubjectDossier dossier;
    private final AuditTrail trail;
    private final CurrentCaller caller;
    private final MobileNumberNormaliser mobiles = new MobileNumberNormaliser();

    RequestsController(
            DataSubjectRequests requests,
            RequestViews views,
            SubjectLookup lookup,
            JdbcTemplate jdbc,
            LegalHolds holds,
            SubjectDossier dossier,
            AuditTrail trail,
            CurrentCaller caller) {
        this.requests = requests;
        this.views = views;
        this.lookup = lookup;
        this.jdbc = jdbc;
        this.holds = holds;
        this.dossier = dossier;
        this.trail = trail;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<Void> placeLegalHold(UUID subjectId, LegalHold hold) {
        holds.place(subjectId, hold.getBasis(), hold.getUntil(), caller.name());
        trail.recordAdmin(AuditAction.LEGAL_HOLD_PLACED, LEGAL_HOLD, subjectId + ": " + hold.getBasis());
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<Void> liftLegalHold(UUID subjectId) {
        if (!holds.lift(subjectId)) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No legal hold on this customer");
        }
        trail.recordAdmin(AuditAction.LEGAL_HOLD_LIFTED, LEGAL_HOLD, subjectId.toString());
        return ResponseEntity.noContent().build();
    }

    // PIPL Art. 47: held records are readable by compliance only, for a declared purpose, and the read is logged.
    @Override
    public ResponseEntity<SubjectView> readHeldSubject(UUID subjectId, String accessPurpose) {
        SubjectView held = dossier.heldProfile(subjectId)
                .orElseThrow(() -> new FieldProblem(
                        HttpStatus.CONFLICT, "subjectId", "This customer is not restricted; use the subject views"));
        trail.record(
                AuditAction.SUBJECT_READ_FULL,
                subjectId,
                List.of("name", "mobile", "idNumber", "birthDate"),
                accessPurpose);
        return ResponseEntity.ok(held);
    }

    @Override
    public ResponseEntity<List<DataSubjectRequest>> listRequestQueue(String state) {
        Optional<RequestState> only = Optional.ofNullable(state)
                .map(code -> RequestState.fromCode(code)
                        .orElseThrow(() -> new FieldProblem(HttpStatus.BAD_REQUEST, "state", "Unknown state")));
        return ResponseEntity.ok(requests.queue(only).stream()
                .map(request -> views.toApi(request, false))
                .toList());
    }

    @Override
    public ResponseEntity<DataSubjectRequest> registerRequest(StaffRequest asked) {
        if (!(mobiles.normalise("mobile", asked.getMobile()) instanceof Validated.Valid<MobileNumber> mobile)) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "mobile", "Not a mainland China mobile number");
        }
        UUID subjectId = lookup.byMobile(mobile.value())
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "mobile", "No customer with this mobile"));
        RequestKind kind = RequestIntake.kind(asked.getKind());
        RequestDetails details =
                RequestIntake.details(kind, asked.getPurpose(), asked.getCorrections(), asked.getMessage());
        DsrRequest registered =
                requests.register(subjectId, kind, details, asked.getChannel().getValue());
        return ResponseEntity.created(URI.create("/api/v1/dsr/requests/" + registered.id()))
                .body(views.toApi(registered, false));
    }

    @Override
    public ResponseEntity<DataSubjectRequest> getRequest(UUID requestId) {
        return ResponseEntity.ok(views.toApi(found(requestId), false));
    }

    @Override
    public ResponseEntity<DataSubjectRequest> verifyRequester(UUID requestId, VerificationCode code) {
        found(requestId);
        return ResponseEntity.ok(views.toApi(requests.verify(requestId, code.getCode()), false));
    }

    @Override
    public ResponseEntity<DataSubjectRequest> completeRequest(UUID requestId, Completion completion) {
        found(requestId);
        String outcome = completion == null ? null : completion.getOutcome();
        return ResponseEntity.ok(views.toApi(requests.complete(requestId, outcome), false));
    }

    @Override
    public ResponseEntity<DataSubjectRequest> refuseRequest(UUID requestId, Refusal refusal) {
        found(requestId);
        RefusalReason reason = RefusalReason.fromCode(refusal.getReason().getValue())
                .orElseThrow(() -> new FieldProblem(HttpStatus.BAD_REQUEST, "reason", "Unknown reason"));
        return ResponseEntity.ok(views.toApi(requests.refuse(requestId, reason, refusal.getExplanation()), false));
    }

    @Override
    public ResponseEntity<DeletionCertificate> getDeletionCertificate(UUID requestId) {
        return jdbc
                .query(
                        "select content, signature_algorithm, signature_key_id, signature from deletion_certificate"
                                + " where request_id = ?",
                        (rs, i) -> new DeletionCertificate(
                                requestId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)),
                        requestId)
                .stream()
                .findFirst()
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "requestId", "No deletion certificate"));
    }

    private DsrRequest found(UUID requestId) {
        return requests.get(requestId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "requestId", "No such request"));
    }
}

package io.consentgateway.gateway.subject;

import io.consentgateway.api.SubjectsApi;
import io.consentgateway.api.model.AccountLink;
import io.consentgateway.api.model.SubjectSource;
import io.consentgateway.api.model.SubjectView;
import io.consentgateway.api.model.SubjectViewKind;
import io.consentgateway.audit.RevisionContextHolder;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditContexts;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubjectController implements SubjectsApi {

    private static final Logger log = LoggerFactory.getLogger(SubjectController.class);
    static final String FULL_VIEW_PERMISSION = "subject:read:full";
    private static final String ACCOUNT_BINDING = "account-binding";

    private final SubjectReader reader;
    private final SubjectViews views;
    private final CurrentCaller caller;
    private final CustomerAccounts accounts;
    private final RevisionContextHolder revisions;
    private final AuditContexts contexts;
    private final AuditTrail trail;
    private final SubjectRepository subjects;
    private final ChannelSourceRepository sources;

    SubjectController(
            SubjectReader reader,
            SubjectViews views,
            CurrentCaller caller,
            CustomerAccounts accounts,
            RevisionContextHolder revisions,
            AuditContexts contexts,
            AuditTrail trail,
            SubjectRepository subjects,
            ChannelSourceRepository sources) {
        this.reader = reader;
        this.views = views;
        this.caller = caller;
        this.accounts = accounts;
        this.revisions = revisions;
        this.contexts = contexts;
        this.trail = trail;
        this.subjects = subjects;
        this.sources = sources;
    }

    @Override
    public ResponseEntity<List<SubjectSource>> getSubjectSources(UUID subjectId) {
        if (!subjects.existsById(subjectId)) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject");
        }
        return ResponseEntity.ok(sources.findBySubjectIdOrderByReceivedAt(subjectId).stream()
                .map(source -> new SubjectSource(
                                source.channel(), source.receivedAt().atOffset(ZoneOffset.UTC))
                        .matchedBy(source.matchedBy())
                        .effect(
                                source.profileEffect() == null
                                        ? null
                                        : SubjectSource.EffectEnum.fromValue(source.profileEffect())))
                .toList());
    }

    @Override
    public ResponseEntity<Void> linkCustomerAccount(UUID subjectId, AccountLink link) {
        revisions.callWith(contexts.forCaller("api", ACCOUNT_BINDING), () -> {
            accounts.link(subjectId, link.getUsername(), caller.name());
            return null;
        });
        trail.record(AuditAction.ACCOUNT_LINKED, subjectId, List.of(), ACCOUNT_BINDING);
        return ResponseEntity.noContent().build();
    }

    // PIPL Art. 51: unmasked personal information only for a permitted role and a declared purpose.
    @Override
    public ResponseEntity<SubjectView> getSubject(UUID subjectId, SubjectViewKind view, String accessPurpose) {
        boolean full = view == SubjectViewKind.FULL;
        if (full) {
            caller.requireFullView(FULL_VIEW_PERMISSION, accessPurpose);
        }
        if (reader.restricted(subjectId)) {
            // PIPL Art. 47: kept because a law requires it, processed no further
            throw new FieldProblem(
                    HttpStatus.FORBIDDEN, "subjectId", "This customer's data is restricted and may not be read");
        }
        SubjectRecord subject = reader.read(subjectId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject"));
        if (full) {
            SubjectView revealed = views.full(subject);
            // PIPL Art. 51 and 54: the read-access log names the fields revealed, never their values.
            trail.record(AuditAction.SUBJECT_READ_FULL, subjectId, revealedFields(revealed), accessPurpose);
            log.info("Full view of subject {} by {}", subjectId, caller.name());
            return ResponseEntity.ok(revealed);
        }
        return ResponseEntity.ok(views.masked(subject));
    }

    private static List<String> revealedFields(SubjectView view) {
        Map<String, Object> personal = new LinkedHashMap<>();
        personal.put("name", view.getName());
        personal.put("mobile", view.getMobile());
        personal.put("idNumber", view.getIdNumber());
        personal.put("birthDate", view.getBirthDate());
        personal.put("address", view.getAddress());
        personal.put("email", view.getEmail());
        return personal.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(Map.Entry::getKey)
                .toList();
    }
}

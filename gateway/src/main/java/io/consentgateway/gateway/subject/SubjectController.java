package io.consentgateway.gateway.subject;

import io.consentgateway.api.SubjectsApi;
import io.consentgateway.api.model.AccountLink;
import io.consentgateway.api.model.SubjectView;
import io.consentgateway.api.model.SubjectViewKind;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
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
    static final String PURPOSE_HEADER = "X-Access-Purpose";

    private final SubjectReader reader;
    private final SubjectViews views;
    private final CurrentCaller caller;
    private final CustomerAccounts accounts;

    SubjectController(SubjectReader reader, SubjectViews views, CurrentCaller caller, CustomerAccounts accounts) {
        this.reader = reader;
        this.views = views;
        this.caller = caller;
        this.accounts = accounts;
    }

    @Override
    public ResponseEntity<Void> linkCustomerAccount(UUID subjectId, AccountLink link) {
        accounts.link(subjectId, link.getUsername(), caller.name());
        return ResponseEntity.noContent().build();
    }

    // PIPL Art. 51: unmasked personal information only for a permitted role and a declared purpose.
    @Override
    public ResponseEntity<SubjectView> getSubject(UUID subjectId, SubjectViewKind view, String accessPurpose) {
        boolean full = view == SubjectViewKind.FULL;
        if (full) {
            caller.require(FULL_VIEW_PERMISSION);
            if (accessPurpose == null || accessPurpose.isBlank()) {
                throw new FieldProblem(
                        HttpStatus.BAD_REQUEST,
                        PURPOSE_HEADER,
                        "A full view needs a declared purpose in " + PURPOSE_HEADER);
            }
        }
        SubjectRecord subject = reader.read(subjectId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject"));
        if (full) {
            log.info("Full view of subject {} by {} for purpose {}", subjectId, caller.name(), accessPurpose);
            return ResponseEntity.ok(views.full(subject));
        }
        return ResponseEntity.ok(views.masked(subject));
    }
}

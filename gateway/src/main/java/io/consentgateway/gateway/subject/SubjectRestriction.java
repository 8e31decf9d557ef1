package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.system.FieldProblem;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restriction (PIPL Arts. 44 and 47): the data stays stored and encrypted — e.g. transaction records a law requires
 * to keep — but no role reads or processes it any more.
 */
@Service
public class SubjectRestriction {

    private final SubjectRepository subjects;
    private final Clock clock;

    SubjectRestriction(SubjectRepository subjects, Clock clock) {
        this.subjects = subjects;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void restrict(UUID subjectId) {
        subjects.findById(subjectId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject"))
                .restrict(clock.instant());
    }
}

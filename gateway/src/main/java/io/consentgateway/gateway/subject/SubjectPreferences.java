package io.consentgateway.gateway.subject;

import io.consentgateway.audit.RevisionContext;
import io.consentgateway.audit.RevisionContextHolder;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.gateway.keys.FieldEncryption;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.SubjectFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a purpose decision needs to know about a subject besides its consents: age (PIPL Art. 31), the
 * personalised-marketing opt-out (Art. 24), restrictions (Art. 44). The opt-out is a subject-level switch, audited.
 */
@Service
public class SubjectPreferences {

    private final SubjectRepository subjects;
    private final DataKeys dataKeys;
    private final FieldEncryption encryption;
    private final TransactionTemplate transactions;
    private final RevisionContextHolder revisions;
    private final Clock clock;

    SubjectPreferences(
            SubjectRepository subjects,
            DataKeys dataKeys,
            FieldEncryption encryption,
            TransactionTemplate transactions,
            RevisionContextHolder revisions,
            Clock clock) {
        this.subjects = subjects;
        this.dataKeys = dataKeys;
        this.encryption = encryption;
        this.transactions = transactions;
        this.revisions = revisions;
        this.clock = clock;
    }

    public boolean personalisedMarketingOptOut(UUID subjectId) {
        return transactions.execute(status -> subject(subjectId).personalisedMarketingOptOut());
    }

    public void setPersonalisedMarketingOptOut(UUID subjectId, boolean optOut, RevisionContext context) {
        revisions.callWith(
                context,
                () -> transactions.execute(status -> {
                    subject(subjectId).optOutOfPersonalisedMarketing(optOut, clock.instant());
                    return null;
                }));
    }

    public SubjectFacts facts(UUID subjectId) {
        return transactions.execute(status -> {
            Subject subject = subject(subjectId);
            Optional<LocalDate> birthDate = Optional.ofNullable(encryption
                            .read(
                                    dataKeys.find(subjectId),
                                    SubjectStore.BIRTH_DATE,
                                    subject.profile().birthDate())
                            .orNull())
                    .map(LocalDate::parse);
            return new SubjectFacts(birthDate, subject.personalisedMarketingOptOut(), Set.of());
        });
    }

    private Subject subject(UUID subjectId) {
        return subjects.findById(subjectId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject"));
    }
}

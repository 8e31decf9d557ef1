package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.system.FieldProblem;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds customer accounts to subjects. A customer's requests reach their own subject through this binding only —
 * never through an id in the request — so customer A cannot name customer B.
 */
@Service
public class CustomerAccounts {

    private final CustomerAccountRepository accounts;
    private final SubjectRepository subjects;
    private final Clock clock;

    CustomerAccounts(CustomerAccountRepository accounts, SubjectRepository subjects, Clock clock) {
        this.accounts = accounts;
        this.subjects = subjects;
        this.clock = clock;
    }

    @Transactional
    public void link(UUID subjectId, String username, String linkedBy) {
        if (!subjects.existsById(subjectId)) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject");
        }
        Optional<CustomerAccount> existing = accounts.findById(username);
        if (existing.isPresent()) {
            if (existing.get().subjectId().equals(subjectId)) {
                return;
            }
            throw new FieldProblem(HttpStatus.CONFLICT, "username", "This account is linked to another customer");
        }
        if (accounts.findBySubjectId(subjectId).isPresent()) {
            throw new FieldProblem(HttpStatus.CONFLICT, "subjectId", "This customer is linked to another account");
        }
        accounts.save(new CustomerAccount(username, subjectId, linkedBy, clock.instant()));
    }

    /** The subject the signed-in customer may act for; 404 naming the account when none is linked. */
    @Transactional(readOnly = true)
    public UUID subjectOf(String username) {
        return accounts.findById(username)
                .map(CustomerAccount::subjectId)
                .orElseThrow(() -> new FieldProblem(
                        HttpStatus.NOT_FOUND, "account", "No customer record is linked to this account yet"));
    }
}

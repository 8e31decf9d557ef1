package io.consentgateway.gateway.consent;

import io.consentgateway.api.MeApi;
import io.consentgateway.api.model.ConsentChoice;
import io.consentgateway.api.model.ConsentReceipt;
import io.consentgateway.api.model.ConsentState;
import io.consentgateway.api.model.MyConsents;
import io.consentgateway.api.model.Preferences;
import io.consentgateway.api.model.ProcessingHistoryPage;
import io.consentgateway.gateway.audit.AuditContexts;
import io.consentgateway.gateway.audit.ProcessingHistory;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.subject.CustomerAccounts;
import io.consentgateway.gateway.subject.SubjectPreferences;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.notice.NoticeHistory;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's own consents and preferences. The subject is always the one bound to the signed-in account,
 * never one named in the request (a customer cannot reach anyone else's data).
 */
@RestController
class MeController implements MeApi {

    static final String SELF_SERVICE = "self-service";

    private final CurrentCaller caller;
    private final CustomerAccounts accounts;
    private final ConsentLedger ledger;
    private final Notices notices;
    private final SubjectPreferences preferences;
    private final AuditContexts contexts;
    private final ProcessingHistory history;

    MeController(
            CurrentCaller caller,
            CustomerAccounts accounts,
            ConsentLedger ledger,
            Notices notices,
            SubjectPreferences preferences,
            AuditContexts contexts,
            ProcessingHistory history) {
        this.caller = caller;
        this.accounts = accounts;
        this.ledger = ledger;
        this.notices = notices;
        this.preferences = preferences;
        this.contexts = contexts;
        this.history = history;
    }

    @Override
    public ResponseEntity<MyConsents> getMyConsents() {
        UUID me = accounts.subjectOf(caller.name());
        NoticeHistory history = notices.history();
        Map<String, ConsentState> current = new LinkedHashMap<>();
        List<ConsentState> all = ledger.events(me).stream()
                .map(event -> ReceiptViews.state(
                        event,
                        event.body().noticeVersion()
                                < history.materialVersionFor(
                                        new Purpose(event.body().purpose()))))
                .toList();
        all.forEach(state -> current.put(state.getPurpose() + "/" + state.getRecipient(), state));
        return ResponseEntity.ok(new MyConsents(List.copyOf(current.values()), all));
    }

    // PIPL Art. 15: withdrawing is the same single call as granting.
    @Override
    public ResponseEntity<ConsentReceipt> recordMyConsent(ConsentChoice choice) {
        UUID me = accounts.subjectOf(caller.name());
        ConsentEvent event = ledger.record(new ConsentLedger.Choice(
                me,
                new Purpose(choice.getPurpose()),
                Optional.ofNullable(choice.getRecipient()),
                choice.getGranted(),
                choice.getNoticeVersion(),
                SELF_SERVICE,
                caller.name(),
                false,
                null));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/me/consents"))
                .body(ReceiptViews.toApi(event));
    }

    @Override
    public ResponseEntity<Preferences> getMyPreferences() {
        UUID me = accounts.subjectOf(caller.name());
        return ResponseEntity.ok(new Preferences(!preferences.personalisedMarketingOptOut(me)));
    }

    // PIPL Art. 24: an easy way to refuse personalised marketing.
    @Override
    public ResponseEntity<Preferences> setMyPreferences(Preferences wanted) {
        UUID me = accounts.subjectOf(caller.name());
        preferences.setPersonalisedMarketingOptOut(
                me, !wanted.getPersonalisedMarketing(), contexts.forCaller(SELF_SERVICE, "preferences"));
        return ResponseEntity.ok(new Preferences(!preferences.personalisedMarketingOptOut(me)));
    }

    // PIPL Art. 44: the customer may know how their data is processed, and by whom.
    @Override
    public ResponseEntity<ProcessingHistoryPage> getMyProcessingHistory(Integer page, Integer size) {
        UUID me = accounts.subjectOf(caller.name());
        return ResponseEntity.ok(history.of(me, caller.name(), page, size));
    }
}

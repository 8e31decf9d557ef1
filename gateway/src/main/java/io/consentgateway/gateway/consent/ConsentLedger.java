package io.consentgateway.gateway.consent;

import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.ActivePurposes;
import io.consentgateway.policies.consent.ConsentRecord;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import io.consentgateway.policies.notice.NoticeHistory;
import io.consentgateway.routes.pipeline.NoticeHistorySource;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger: an append-only history of grants and withdrawals per subject × purpose (× recipient for
 * separate consents), each with the notice version it was given under, its channel and a signed receipt. Current
 * consent is derived from the history by the policies' ProcessingDecision, never stored as a mutable flag.
 */
@Service
public class ConsentLedger {

    private final ConsentEventRepository events;
    private final ConsentReceipts receipts;
    private final PurposeCatalogue catalogue;
    private final NoticeRepository notices;
    private final NoticeHistorySource noticeHistory;
    private final ActivePurposes active;
    private final Clock clock;

    ConsentLedger(
            ConsentEventRepository events,
            ConsentReceipts receipts,
            PurposeCatalogue catalogue,
            NoticeRepository notices,
            NoticeHistorySource noticeHistory,
            ActivePurposes active,
            Clock clock) {
        this.events = events;
        this.receipts = receipts;
        this.catalogue = catalogue;
        this.notices = notices;
        this.noticeHistory = noticeHistory;
        this.active = active;
        this.clock = clock;
    }

    /** Records one choice and returns its signed receipt. Granting and withdrawing are the same call (Art. 15). */
    @Transactional
    public ConsentEvent record(Choice choice) {
        PurposeDefinition purpose = catalogue
                .find(choice.purpose())
                .orElseThrow(() -> new FieldProblem(HttpStatus.BAD_REQUEST, "purpose", "No such purpose"));
        if (purpose.perRecipient() && choice.recipient().isEmpty()) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST, "recipient", "Consent to " + purpose.purpose() + " names its recipient");
        }
        if (!purpose.perRecipient() && choice.recipient().isPresent()) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST, "recipient", purpose.purpose() + " is not given per recipient");
        }
        // PIPL Art. 55: a purpose not in operation (no approved assessment, or switched off) takes no new consent;
        // withdrawing always works
        if (choice.granted() && !active.isActive(choice.purpose())) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT, "purpose", purpose.purpose() + " is not in operation and takes no consent");
        }
        NoticeHistory published = noticeHistory.history();
        // the history is cached for seconds: a version published since is looked up
        if (published.version(choice.noticeVersion()).isEmpty() && !notices.existsById(choice.noticeVersion())) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "noticeVersion", "No such notice version");
        }
        int inForceSince = published.materialVersionFor(choice.purpose());
        // PIPL Art. 14: a grant is informed only by a notice that still describes the purpose as it is.
        if (choice.granted() && choice.noticeVersion() < inForceSince) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST,
                    "noticeVersion",
                    "Notice version " + choice.noticeVersion() + " no longer describes " + choice.purpose()
                            + "; show version " + inForceSince + " or later");
        }
        // Truncated as the database stores it, so the signed timestamp is the one read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ReceiptBody body = new ReceiptBody(
                UUID.randomUUID(),
                choice.subjectId(),
                choice.purpose().name(),
                choice.recipient().orElse(null),
                choice.granted(),
                choice.noticeVersion(),
                choice.channel(),
                now,
                choice.byGuardian());
        return events.save(new ConsentEvent(body, choice.actor(), choice.guardianDigest(), receipts.sign(body)));
    }

    /**
     * Records what a channel record said about consent, inside the ingest transaction: grants that are not yet in
     * force as given, and withdrawals of consents in force. Nothing is recorded for a choice that changes nothing.
     * A subject created by this record has no history yet, so none is looked up.
     */
    @Transactional
    public void recordChannelChoices(
            UUID subjectId,
            boolean newSubject,
            Map<String, Boolean> choices,
            int noticeVersion,
            String channel,
            String actor,
            boolean byGuardian,
            String guardianDigest) {
        List<ConsentRecord> history = newSubject ? List.of() : history(subjectId);
        choices.forEach((name, granted) -> {
            Purpose purpose = new Purpose(name);
            // PIPL Art. 55: a purpose not in operation collects nothing, its consent included
            if (catalogue.find(purpose).isEmpty() || !active.isActive(purpose)) {
                return;
            }
            Optional<ConsentRecord> latest = history.stream()
                    .filter(record -> record.purpose().equals(purpose)
                            && record.recipient().isEmpty())
                    .max(Comparator.comparing(ConsentRecord::at));
            boolean inForce = latest.map(ConsentRecord::granted).orElse(false);
            boolean sameGrant = inForce && latest.get().noticeVersion() == noticeVersion;
            if ((granted && !sameGrant) || (!granted && inForce)) {
                record(new Choice(
                        subjectId,
                        purpose,
                        Optional.empty(),
                        granted,
                        noticeVersion,
                        channel,
                        actor,
                        byGuardian,
                        guardianDigest));
            }
        });
    }

    @Transactional(readOnly = true)
    public List<ConsentRecord> history(UUID subjectId) {
        return events.findBySubjectIdOrderByRecordedAt(subjectId).stream()
                .map(ConsentEvent::body)
                .map(body -> new ConsentRecord(
                        new Purpose(body.purpose()),
                        Optional.ofNullable(body.recipient()),
                        body.granted(),
                        body.noticeVersion(),
                        body.recordedAt(),
                        body.byGuardian()))
                .toList();
    }

    @Transactional(readOnly = true)
    List<ConsentEvent> events(UUID subjectId) {
        return events.findBySubjectIdOrderByRecordedAt(subjectId);
    }

    /** One consent choice to record. */
    public record Choice(
            UUID subjectId,
            Purpose purpose,
            Optional<String> recipient,
            boolean granted,
            int noticeVersion,
            String channel,
            String actor,
            boolean byGuardian,
            String guardianDigest) {
        public Choice {
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(recipient, "recipient");
        }
    }
}

package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The integrator's look at a quarantine entry (masked, audited before anything is shown) and its discard, which
 * destroys the sealed payload and keeps the fact.
 */
@Service
class QuarantineReview {

    private final QuarantinedRecordRepository quarantine;
    private final QuarantineSearch search;
    private final QuarantinedPayloads payloads;
    private final QuarantinedPayloadMasking masking;
    private final AuditTrail trail;
    private final CurrentCaller caller;
    private final TransactionTemplate transactions;
    private final Clock clock;

    QuarantineReview(
            QuarantinedRecordRepository quarantine,
            QuarantineSearch search,
            QuarantinedPayloads payloads,
            QuarantinedPayloadMasking masking,
            AuditTrail trail,
            CurrentCaller caller,
            TransactionTemplate transactions,
            Clock clock) {
        this.quarantine = quarantine;
        this.search = search;
        this.payloads = payloads;
        this.masking = masking;
        this.trail = trail;
        this.caller = caller;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param maskedPayload absent once the entry was discarded */
    record Inspection(QuarantineEntryState entry, Optional<Map<String, Object>> maskedPayload) {}

    Inspection inspect(UUID id) {
        QuarantinedRecord record = quarantine.findById(id).orElseThrow(QuarantineReview::notFound);
        QuarantineEntryState entry = search.find(id).orElseThrow(QuarantineReview::notFound);
        trail.recordAdmin(AuditAction.QUARANTINE_READ, ReplayedEntries.PURPOSE, "entry " + id);
        if (record.status() == QuarantineEntryStatus.DISCARDED) {
            return new Inspection(entry, Optional.empty());
        }
        return new Inspection(entry, Optional.of(masking.mask(record.channel(), payloads.open(record))));
    }

    QuarantineEntryState discard(UUID id, String why) {
        if (why == null || why.isBlank()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "reason", "A discard needs a reason");
        }
        transactions.executeWithoutResult(status -> {
            QuarantinedRecord record = quarantine.findForUpdate(id).orElseThrow(QuarantineReview::notFound);
            if (record.status() != QuarantineEntryStatus.OPEN) {
                throw new QuarantineEntryClosed();
            }
            record.discard(caller.name(), clock.instant(), why.strip());
            trail.recordAdmin(AuditAction.QUARANTINE_DISCARDED, ReplayedEntries.PURPOSE, "entry " + id);
        });
        return search.find(id).orElseThrow(QuarantineReview::notFound);
    }

    static FieldProblem notFound() {
        return new FieldProblem(HttpStatus.NOT_FOUND, "entryId", "No such quarantine entry");
    }
}

package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditContexts;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestOutcome;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Closes a quarantine entry inside the transaction that records its replay's outcome: the entry becomes replayed,
 * its quarantined ledger row is superseded by the replay's row, and the replay is audited. All or nothing, so the
 * counts never see a record twice; a replay racing another (or a discard) finds the entry closed and rolls back.
 */
@Component
class ReplayedEntries {

    static final String PURPOSE = "quarantine-review";

    private final QuarantinedRecordRepository quarantine;
    private final IngestOutcomeRepository ledger;
    private final AuditTrail trail;
    private final AuditContexts contexts;
    private final Clock clock;

    ReplayedEntries(
            QuarantinedRecordRepository quarantine,
            IngestOutcomeRepository ledger,
            AuditTrail trail,
            AuditContexts contexts,
            Clock clock) {
        this.quarantine = quarantine;
        this.ledger = ledger;
        this.trail = trail;
        this.contexts = contexts;
        this.clock = clock;
    }

    /**
     * Closes the entry first: a replay racing this one waits on the entry's row, then finds it closed and fails,
     * so its transaction (with whatever it stored) rolls back.
     */
    void claim(IngestContext context) {
        if (quarantine.closeAsReplayed(context.replayOf(), context.actor(), clock.instant()) != 1) {
            throw new QuarantineEntryClosed();
        }
    }

    /** Then the replay's ledger row takes the place of the entry's quarantined row, and the replay is audited. */
    void supersede(IngestContext context, long replayRow, IngestOutcome outcome) {
        if (ledger.supersede(context.replayOf(), replayRow) != 1) {
            throw new IllegalStateException("quarantine entry " + context.replayOf() + " has no current ledger row");
        }
        trail.recordAdminIn(
                contexts.forActor(context.actor(), context.roles(), context.channel(), PURPOSE),
                AuditAction.QUARANTINE_REPLAYED,
                "entry " + context.replayOf() + " " + outcome.kind().label());
    }
}

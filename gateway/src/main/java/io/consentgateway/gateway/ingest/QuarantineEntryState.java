package io.consentgateway.gateway.ingest;

import io.consentgateway.routes.pipeline.OutcomeKind;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A quarantine entry as the review API shows it: what was rejected and why, and what became of it. */
record QuarantineEntryState(
        UUID id,
        String channel,
        String sourceId,
        String reason,
        Instant quarantinedAt,
        QuarantineEntryStatus status,
        String partner,
        Instant closedAt,
        String closedBy,
        String discardReason,
        Optional<Replay> replay) {

    /** The outcome of the entry's replay; {@code requarantinedAs} is the new entry when it was quarantined again. */
    record Replay(OutcomeKind kind, String sourceId, String reason, UUID subjectId, UUID requarantinedAs) {}

    QuarantineEntryState withReplaySubject(UUID subjectId) {
        return new QuarantineEntryState(
                id,
                channel,
                sourceId,
                reason,
                quarantinedAt,
                status,
                partner,
                closedAt,
                closedBy,
                discardReason,
                replay.map(done ->
                        new Replay(done.kind(), done.sourceId(), done.reason(), subjectId, done.requarantinedAs())));
    }
}

package io.consentgateway.gateway.ingest;

import io.consentgateway.policies.quality.DataQuality;
import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The ledger of ingest: one row per received record with its outcome and reason, written in the same transaction
 * as the record's data. Counts per channel are computed from it, so they always add up. A replay from quarantine
 * adds the replay's row and marks the quarantined row superseded by it, in the same transaction: only rows not
 * superseded count, so a replayed record counts once, with its final outcome.
 */
@Entity
@Table(name = "ingest_outcome")
class IngestOutcomeRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false)
    private String channel;

    @Column(name = "source_id")
    private String sourceId;

    @Column(nullable = false)
    private String outcome;

    private String reason;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(nullable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "quarantine_id")
    private UUID quarantineId;

    @Column(name = "replay_of")
    private UUID replayOf;

    @Column(name = "superseded_by")
    private Long supersededBy;

    /** For a stored record: valid (accepted as sent) or corrected. */
    private String quality;

    /** For a stored record: which fields cleaning corrected, standardised or completed (names only). */
    @Column(name = "quality_detail")
    private String qualityDetail;

    protected IngestOutcomeRow() {}

    /** @param quarantineId the entry this outcome created, for a quarantined record */
    IngestOutcomeRow(
            IngestContext context, String sourceId, IngestOutcome outcome, UUID quarantineId, Instant recordedAt) {
        this.channel = context.channel();
        this.sourceId = sourceId;
        this.outcome = outcome.kind().label();
        this.reason = outcome.reason().orElse(null);
        this.requestId = context.requestId();
        this.actor = context.actor();
        this.quarantineId = quarantineId;
        this.replayOf = context.replayOf();
        this.recordedAt = recordedAt;
    }

    void assessed(DataQuality assessed) {
        quality = assessed.label();
        qualityDetail = assessed.asSent() ? null : assessed.summary();
    }

    long id() {
        return id;
    }
}

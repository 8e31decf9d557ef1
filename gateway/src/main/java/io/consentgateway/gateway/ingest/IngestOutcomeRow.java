package io.consentgateway.gateway.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The ledger of ingest: one row per received record with its outcome and reason, written in the same transaction
 * as the record's data. Counts per channel are computed from it, so they always add up.
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

    protected IngestOutcomeRow() {}

    IngestOutcomeRow(
            String channel,
            String sourceId,
            String outcome,
            String reason,
            String requestId,
            String actor,
            Instant recordedAt) {
        this.channel = channel;
        this.sourceId = sourceId;
        this.outcome = outcome;
        this.reason = reason;
        this.requestId = requestId;
        this.actor = actor;
        this.recordedAt = recordedAt;
    }
}

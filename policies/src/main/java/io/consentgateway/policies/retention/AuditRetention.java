package io.consentgateway.policies.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long audit evidence is kept at least. Configurable upward only: network logs at least six months
 * (Cybersecurity Law Art. 21), records of processing and impact assessments at least three years (PIPL Art. 56).
 *
 * @param auditRows access log, revisions and admin actions
 * @param processingRecords consent events, data-subject requests, processing records
 */
public record AuditRetention(Period auditRows, Period processingRecords) {

    public static final Period MINIMUM_AUDIT_ROWS = Period.ofMonths(6);
    public static final Period MINIMUM_PROCESSING_RECORDS = Period.ofYears(3);

    public static AuditRetention of(Period auditRows, Period processingRecords) {
        return new AuditRetention(auditRows, processingRecords);
    }

    public AuditRetention {
        requireAtLeast(auditRows, MINIMUM_AUDIT_ROWS, "gateway.audit.audit-row-retention", "Cybersecurity Law Art. 21");
        requireAtLeast(
                processingRecords,
                MINIMUM_PROCESSING_RECORDS,
                "gateway.audit.processing-record-retention",
                "PIPL Art. 56");
    }

    /** The earliest time an audit row written at {@code writtenAt} may be purged. */
    public Instant auditRowKeptUntil(Instant writtenAt) {
        return writtenAt.atOffset(ZoneOffset.UTC).plus(auditRows).toInstant();
    }

    public Instant processingRecordKeptUntil(Instant writtenAt) {
        return writtenAt.atOffset(ZoneOffset.UTC).plus(processingRecords).toInstant();
    }

    private static void requireAtLeast(Period configured, Period minimum, String setting, String law) {
        if (configured == null || configured.isNegative() || months(configured) < months(minimum)) {
            throw new IllegalArgumentException(
                    setting + " must be at least " + minimum + " (" + law + "); it can be raised, not lowered");
        }
    }

    // Days count as whole months only when they add up to them, so "P5M40D" is refused rather than guessed at.
    private static long months(Period period) {
        return period.toTotalMonths() + period.getDays() / 31;
    }
}

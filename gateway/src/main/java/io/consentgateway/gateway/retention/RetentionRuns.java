package io.consentgateway.gateway.retention;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.retention.Expiry;
import io.consentgateway.policies.retention.RetentionBasis;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code retention_run} rows (progress and checkpoint) and the expiries each run found. */
@Repository
class RetentionRuns {

    static final String RUNNING = "running";
    static final String COMPLETED = "completed";
    private static final int REPORTED_CANDIDATES = 1_000;
    private static final String COLUMNS = "id, dry_run, as_of, state, requested_by, started_at, completed_at,"
            + " processed, past_retention, purged, last_subject_id";

    private final JdbcClient jdbc;

    RetentionRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run as recorded; {@code asOf} equals {@code startedAt} for runs judged "now". */
    record Run(
            UUID id,
            boolean dryRun,
            Instant asOf,
            String state,
            String requestedBy,
            Instant startedAt,
            Optional<Instant> completedAt,
            long processed,
            long pastRetention,
            long purged,
            Optional<UUID> checkpoint) {

        boolean running() {
            return RUNNING.equals(state);
        }

        boolean judgedAtStart() {
            return asOf.equals(startedAt);
        }
    }

    /** One subject found past retention, with what expired. */
    record Candidate(UUID subjectId, Instant pastRetentionSince, List<Expiry> expired) {}

    Run create(UUID id, boolean dryRun, Instant asOf, String requestedBy, Instant now) {
        jdbc.sql("insert into retention_run (id, dry_run, as_of, state, requested_by, started_at)"
                        + " values (?, ?, ?, 'running', ?, ?)")
                .params(id, dryRun, utc(asOf), requestedBy, utc(now))
                .update();
        return find(id).orElseThrow();
    }

    Optional<Run> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from retention_run where id = ?")
                .param(id)
                .query(RetentionRuns::run)
                .optional();
    }

    /** The run, locked for this transaction, so two workers never examine the same batch. */
    Optional<Run> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from retention_run where id = ? for update")
                .param(id)
                .query(RetentionRuns::run)
                .optional();
    }

    Optional<Run> runningPurge() {
        return jdbc.sql("select " + COLUMNS + " from retention_run where state = 'running' and not dry_run")
                .query(RetentionRuns::run)
                .optional();
    }

    List<UUID> running() {
        return jdbc.sql("select id from retention_run where state = 'running' order by started_at")
                .query(UUID.class)
                .list();
    }

    Optional<Run> latest() {
        return jdbc.sql("select " + COLUMNS + " from retention_run order by started_at desc limit 1")
                .query(RetentionRuns::run)
                .optional();
    }

    void advance(UUID id, UUID checkpoint, int examined, int pastRetention, int purged) {
        jdbc.sql("update retention_run set last_subject_id = ?, processed = processed + ?,"
                        + " past_retention = past_retention + ?, purged = purged + ? where id = ?")
                .params(checkpoint, examined, pastRetention, purged, id)
                .update();
    }

    void complete(UUID id, Instant now) {
        jdbc.sql("update retention_run set state = 'completed', completed_at = ? where id = ?")
                .params(utc(now), id)
                .update();
    }

    void recordExpiries(UUID runId, UUID subjectId, List<Expiry> expiries) {
        for (Expiry expiry : expiries) {
            jdbc.sql("insert into retention_expiry (run_id, subject_id, purpose, basis, basis_at, expired_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            runId,
                            subjectId,
                            expiry.purpose().map(Purpose::name).orElse(null),
                            expiry.basis().code(),
                            utc(expiry.basisAt()),
                            utc(expiry.expiresAt()))
                    .update();
        }
    }

    /** Expired justifications per purpose; {@code none} for data with no recorded basis. */
    Map<String, Long> countByPurpose(UUID runId) {
        return counts("coalesce(purpose, 'none')", runId);
    }

    /** Expired justifications per basis ({@code consent-withdrawn}, {@code last-order}, ...). */
    Map<String, Long> countByBasis(UUID runId) {
        return counts("basis", runId);
    }

    private Map<String, Long> counts(String grouping, UUID runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + grouping + ", count(*) from retention_expiry where run_id = ? group by 1 order by 1")
                .param(runId)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The first candidates of a run in subject-id order. */
    List<Candidate> candidates(UUID runId) {
        Map<UUID, List<Expiry>> bySubject = new LinkedHashMap<>();
        jdbc.sql("""
                        select subject_id, purpose, basis, basis_at, expired_at from retention_expiry
                        where run_id = :run and subject_id in (
                            select distinct subject_id from retention_expiry where run_id = :run
                            order by subject_id limit :limit)
                        order by subject_id, expired_at""").param("run", runId).param("limit", REPORTED_CANDIDATES).query(rs -> {
            bySubject
                    .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new Expiry(
                            Optional.ofNullable(rs.getString(2)).map(Purpose::new),
                            basis(rs.getString(3)),
                            rs.getObject(4, OffsetDateTime.class).toInstant(),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
        });
        return bySubject.entrySet().stream()
                .map(entry -> new Candidate(
                        entry.getKey(),
                        entry.getValue().get(entry.getValue().size() - 1).expiresAt(),
                        entry.getValue()))
                .toList();
    }

    private static RetentionBasis basis(String code) {
        for (RetentionBasis basis : RetentionBasis.values()) {
            if (basis.code().equals(code)) {
                return basis;
            }
        }
        throw new IllegalStateException("unknown retention basis " + code);
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        OffsetDateTime completed = rs.getObject(7, OffsetDateTime.class);
        return new Run(
                rs.getObject(1, UUID.class),
                rs.getBoolean(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(completed).map(OffsetDateTime::toInstant),
                rs.getLong(8),
                rs.getLong(9),
                rs.getLong(10),
                Optional.ofNullable(rs.getObject(11, UUID.class)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package io.consentgateway.gateway.ingest;

import io.consentgateway.routes.pipeline.OutcomeKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads quarantine entries newest first, each with the outcome of its replay when it was replayed. */
@Component
class QuarantineSearch {

    private static final String FROM = " from quarantined_record q left join ingest_outcome r on r.replay_of = q.id";
    private static final String COLUMNS = "q.id, q.channel, q.source_id, q.reason, q.quarantined_at, q.status,"
            + " q.partner, q.closed_at, q.closed_by, q.discard_reason, r.outcome as replay_outcome,"
            + " r.source_id as replay_source_id, r.reason as replay_reason, r.quarantine_id as requarantined_as";

    private final JdbcTemplate jdbc;

    QuarantineSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(QuarantineQuery query) {
        return jdbc.queryForObject("select count(*)" + FROM + query.where(), Long.class, query.arguments());
    }

    List<QuarantineEntryState> page(QuarantineQuery query, int page, int size) {
        Object[] arguments = Arrays.copyOf(query.arguments(), query.arguments().length + 2);
        arguments[arguments.length - 2] = size;
        arguments[arguments.length - 1] = (long) page * size;
        return jdbc.query(
                "select " + COLUMNS + FROM + query.where()
                        + " order by q.quarantined_at desc, q.id desc limit ? offset ?",
                (rs, i) -> entry(rs),
                arguments);
    }

    Optional<QuarantineEntryState> find(UUID id) {
        return jdbc.query("select " + COLUMNS + FROM + " where q.id = ?", (rs, i) -> entry(rs), id).stream()
                .findFirst();
    }

    private static QuarantineEntryState entry(ResultSet rs) throws SQLException {
        String replayed = rs.getString("replay_outcome");
        Optional<QuarantineEntryState.Replay> replay = replayed == null
                ? Optional.empty()
                : Optional.of(new QuarantineEntryState.Replay(
                        OutcomeKind.valueOf(replayed.toUpperCase(Locale.ROOT)),
                        rs.getString("replay_source_id"),
                        rs.getString("replay_reason"),
                        null,
                        rs.getObject("requarantined_as", UUID.class)));
        return new QuarantineEntryState(
                rs.getObject("id", UUID.class),
                rs.getString("channel"),
                rs.getString("source_id"),
                rs.getString("reason"),
                rs.getTimestamp("quarantined_at").toInstant(),
                QuarantineEntryStatus.fromLabel(rs.getString("status")),
                rs.getString("partner"),
                instant(rs.getTimestamp("closed_at")),
                rs.getString("closed_by"),
                rs.getString("discard_reason"),
                replay);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

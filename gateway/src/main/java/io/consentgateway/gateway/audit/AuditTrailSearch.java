package io.consentgateway.gateway.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the audit trail (the {@code audit_trail} view) newest first, by page or streamed for an export. */
@Component
class AuditTrailSearch {

    private static final String COLUMNS = "id, occurred_at, action, subject_id, subject_count, fields, actor, roles,"
            + " purpose, channel, request_id, detail";

    private final JdbcTemplate jdbc;

    AuditTrailSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(AuditQuery query) {
        return jdbc.queryForObject("select count(*) from audit_trail" + query.where(), Long.class, query.arguments());
    }

    List<AuditRow> page(AuditQuery query, int page, int size) {
        Object[] arguments = Arrays.copyOf(query.arguments(), query.arguments().length + 2);
        arguments[arguments.length - 2] = size;
        arguments[arguments.length - 1] = (long) page * size;
        return jdbc.query(
                "select " + COLUMNS + " from audit_trail" + query.where()
                        + " order by occurred_at desc, id desc limit ? offset ?",
                (rs, i) -> row(rs),
                arguments);
    }

    /** Streams up to {@code limit} rows, oldest first, without holding them all in memory. */
    void each(AuditQuery query, int limit, Consumer<AuditRow> consumer) {
        Object[] arguments = Arrays.copyOf(query.arguments(), query.arguments().length + 1);
        arguments[arguments.length - 1] = limit;
        jdbc.query(
                "select " + COLUMNS + " from audit_trail" + query.where() + " order by occurred_at, id limit ?",
                rs -> {
                    consumer.accept(row(rs));
                },
                arguments);
    }

    private static AuditRow row(ResultSet rs) throws SQLException {
        String fields = rs.getString("fields");
        return new AuditRow(
                rs.getString("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("action"),
                rs.getObject("subject_id", UUID.class),
                (Integer) rs.getObject("subject_count"),
                fields == null ? List.of() : List.of(fields.split(",")),
                rs.getString("actor"),
                rs.getString("roles"),
                rs.getString("purpose"),
                rs.getString("channel"),
                rs.getString("request_id"),
                rs.getString("detail"));
    }
}

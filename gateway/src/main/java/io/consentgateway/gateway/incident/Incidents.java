package io.consentgateway.gateway.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.incident.IncidentRecord.Steps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The incident register (tables {@code incident}, {@code incident_affected_subject}). */
@Component
class Incidents {

    private static final TypeReference<Map<String, Map<String, String>>> TEXTS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    Incidents(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(IncidentRecord incident) {
        jdbc.update(
                "insert into incident (id, title, kind, discovered_at, occurred_from, occurred_to, fields, channels,"
                        + " texts, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)",
                incident.id(),
                incident.title(),
                incident.kind(),
                Timestamp.from(incident.discoveredAt()),
                Timestamp.from(incident.occurredFrom()),
                Timestamp.from(incident.occurredTo()),
                String.join(",", incident.fields()),
                incident.channels().isEmpty() ? null : String.join(",", incident.channels()),
                write(incident.texts()),
                Timestamp.from(incident.recordedAt()),
                incident.recordedBy());
    }

    Optional<IncidentRecord> find(UUID id) {
        return jdbc.query("select * from incident where id = ?", (rs, i) -> row(rs), id).stream()
                .findFirst();
    }

    /** Locks the incident row for a step, so that two steps on one incident never interleave. */
    Optional<IncidentRecord> lock(UUID id) {
        return jdbc.query("select * from incident where id = ? for update", (rs, i) -> row(rs), id).stream()
                .findFirst();
    }

    List<IncidentRecord> all() {
        return jdbc.query("select * from incident order by recorded_at desc, id", (rs, i) -> row(rs));
    }

    void saveAssessment(UUID id, AffectedCustomers affected) {
        jdbc.update("delete from incident_affected_subject where incident_id = ?", id);
        jdbc.batchUpdate(
                "insert into incident_affected_subject (incident_id, subject_id, sensitive) values (?, ?, ?)",
                affected.subjectIds().stream()
                        .map(subject ->
                                new Object[] {id, subject, affected.sensitive().contains(subject)})
                        .toList());
        jdbc.update(
                "update incident set assessed_at = ?, affected_count = ?, affected_sensitive_count = ?,"
                        + " untraced_fields = ? where id = ?",
                Timestamp.from(affected.assessedAt()),
                affected.count(),
                affected.sensitiveCount(),
                affected.untracedFields().isEmpty() ? null : String.join(",", affected.untracedFields()),
                id);
    }

    List<UUID> affectedSubjects(UUID id) {
        return jdbc.queryForList(
                "select subject_id from incident_affected_subject where incident_id = ? order by subject_id",
                UUID.class,
                id);
    }

    void regulatorNotified(UUID id, Instant at) {
        jdbc.update(
                "update incident set regulator_notified_at = coalesce(regulator_notified_at, ?) where id = ?",
                Timestamp.from(at),
                id);
    }

    void individualsNotified(UUID id, Instant at, long count) {
        jdbc.update(
                "update incident set individuals_notified_at = ?, individuals_notified_count = ? where id = ?",
                Timestamp.from(at),
                count,
                id);
    }

    void individualsSkipped(UUID id, Instant at, String reason) {
        jdbc.update(
                "update incident set individuals_skipped_at = ?, individuals_skip_reason = ? where id = ?",
                Timestamp.from(at),
                reason,
                id);
    }

    /** Closes the incident once the regulator was notified and the individuals notified or skipped. */
    void closeIfComplete(UUID id, Instant at) {
        jdbc.update(
                "update incident set closed_at = ? where id = ? and closed_at is null"
                        + " and regulator_notified_at is not null"
                        + " and (individuals_notified_at is not null or individuals_skipped_at is not null)",
                Timestamp.from(at),
                id);
    }

    private IncidentRecord row(ResultSet rs) throws SQLException {
        return new IncidentRecord(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("kind"),
                instant(rs, "discovered_at"),
                instant(rs, "occurred_from"),
                instant(rs, "occurred_to"),
                list(rs.getString("fields")),
                list(rs.getString("channels")),
                read(rs.getString("texts")),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"),
                new Steps(
                        instant(rs, "assessed_at"),
                        (Long) rs.getObject("affected_count"),
                        (Long) rs.getObject("affected_sensitive_count"),
                        list(rs.getString("untraced_fields")),
                        instant(rs, "regulator_notified_at"),
                        instant(rs, "individuals_notified_at"),
                        (Long) rs.getObject("individuals_notified_count"),
                        instant(rs, "individuals_skipped_at"),
                        rs.getString("individuals_skip_reason"),
                        instant(rs, "closed_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private String write(Map<String, Map<String, String>> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("incident texts not serialisable", e);
        }
    }

    private Map<String, Map<String, String>> read(String texts) {
        try {
            return json.readValue(texts, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("incident texts unreadable", e);
        }
    }
}

package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.system.FieldProblem;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Legal holds (PIPL Art. 47): records a law requires to keep, so a deletion restricts instead of erasing. */
@Service
public class LegalHolds {

    private final JdbcTemplate jdbc;
    private final SubjectRepository subjects;
    private final Clock clock;

    LegalHolds(JdbcTemplate jdbc, SubjectRepository subjects, Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.clock = clock;
    }

    public record Hold(String basis, LocalDate until) {}

    public void place(UUID subjectId, String basis, LocalDate until, String placedBy) {
        if (!subjects.existsById(subjectId)) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject");
        }
        jdbc.update(
                "insert into legal_hold (subject_id, basis, until, placed_by, placed_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (subject_id) do update set basis = excluded.basis, until = excluded.until,"
                        + " placed_by = excluded.placed_by, placed_at = excluded.placed_at",
                subjectId,
                basis,
                until == null ? null : Date.valueOf(until),
                placedBy,
                Timestamp.from(clock.instant()));
    }

    public boolean lift(UUID subjectId) {
        return jdbc.update("delete from legal_hold where subject_id = ?", subjectId) > 0;
    }

    /** The hold in force today (Beijing date), if any. */
    public Optional<Hold> active(UUID subjectId) {
        LocalDate today = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        return jdbc
                .query(
                        "select basis, until from legal_hold where subject_id = ?",
                        (rs, i) -> new Hold(
                                rs.getString(1),
                                rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()),
                        subjectId)
                .stream()
                .filter(hold -> hold.until() == null || !hold.until().isBefore(today))
                .findFirst();
    }
}

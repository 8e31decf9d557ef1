package io.consentgateway.gateway.records;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.records.AssessmentConclusion;
import io.consentgateway.policies.records.ImpactAssessment;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The assessments as recorded (table {@code impact_assessment}, append-only, kept at least three years). */
@Component
class ImpactAssessments {

    private static final String NEWEST_FIRST = " order by assessed_on desc, recorded_at desc, id";

    private final JdbcTemplate jdbc;

    ImpactAssessments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RecordedAssessment record(ImpactAssessment assessment, String by, Instant at) {
        RecordedAssessment recorded =
                new RecordedAssessment(UUID.randomUUID(), assessment, by, at.truncatedTo(ChronoUnit.MICROS));
        jdbc.update(
                "insert into impact_assessment (id, purpose, reference, assessed_on, author, conclusion, measures,"
                        + " review_by, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                recorded.id(),
                assessment.purpose().name(),
                assessment.reference(),
                Date.valueOf(assessment.assessedOn()),
                assessment.author(),
                assessment.conclusion().configName(),
                assessment.measures().orElse(null),
                assessment.reviewBy().map(Date::valueOf).orElse(null),
                by,
                Timestamp.from(recorded.recordedAt()));
        return recorded;
    }

    List<RecordedAssessment> all() {
        return jdbc.query("select * from impact_assessment" + NEWEST_FIRST, (rs, i) -> row(rs));
    }

    /** The latest assessment of each purpose assessed at all: the one that decides (PIPL Art. 55). */
    Map<Purpose, RecordedAssessment> latestByPurpose() {
        return all().stream()
                .collect(Collectors.toMap(
                        recorded -> recorded.assessment().purpose(), recorded -> recorded, (newer, older) -> newer));
    }

    private static RecordedAssessment row(ResultSet rs) throws SQLException {
        Date reviewBy = rs.getDate("review_by");
        return new RecordedAssessment(
                rs.getObject("id", UUID.class),
                new ImpactAssessment(
                        new Purpose(rs.getString("purpose")),
                        rs.getString("reference"),
                        rs.getDate("assessed_on").toLocalDate(),
                        rs.getString("author"),
                        AssessmentConclusion.fromConfig(rs.getString("conclusion"))
                                .orElseThrow(),
                        Optional.ofNullable(rs.getString("measures")),
                        Optional.ofNullable(reviewBy).map(Date::toLocalDate)),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    /** An assessment with who recorded it and when. */
    record RecordedAssessment(UUID id, ImpactAssessment assessment, String recordedBy, Instant recordedAt) {}
}

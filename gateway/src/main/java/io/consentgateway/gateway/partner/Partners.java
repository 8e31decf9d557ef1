package io.consentgateway.gateway.partner;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.partner.PartnerQualification;
import io.consentgateway.routes.pipeline.PartnerRegistry;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The registry as the pipeline reads it and compliance keeps it (table {@code partner}). */
@Component
public class Partners implements PartnerRegistry {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Partners(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<PartnerQualification> find(String partner) {
        return jdbc.query("select * from partner where name = ?", (rs, i) -> row(rs), partner).stream()
                .findFirst();
    }

    public List<PartnerQualification> all() {
        return jdbc.query("select * from partner order by name", (rs, i) -> row(rs));
    }

    void save(PartnerQualification partner, String by) {
        jdbc.update(
                "insert into partner (name, contract_ref, allowed_purposes, reviewed_on, expires_on, updated_by,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (name) do update set"
                        + " contract_ref = excluded.contract_ref, allowed_purposes = excluded.allowed_purposes,"
                        + " reviewed_on = excluded.reviewed_on, expires_on = excluded.expires_on,"
                        + " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                partner.name(),
                partner.contractRef(),
                partner.allowedPurposes().stream().map(Purpose::name).sorted().collect(Collectors.joining(",")),
                partner.reviewedOn() == null ? null : Date.valueOf(partner.reviewedOn()),
                Date.valueOf(partner.expiresOn()),
                by,
                Timestamp.from(clock.instant()));
    }

    private static PartnerQualification row(ResultSet rs) throws SQLException {
        Date reviewed = rs.getDate("reviewed_on");
        return new PartnerQualification(
                rs.getString("name"),
                reviewed == null ? null : reviewed.toLocalDate(),
                rs.getString("contract_ref"),
                Arrays.stream(rs.getString("allowed_purposes").split(","))
                        .filter(name -> !name.isBlank())
                        .map(Purpose::new)
                        .collect(Collectors.toSet()),
                rs.getDate("expires_on").toLocalDate());
    }
}

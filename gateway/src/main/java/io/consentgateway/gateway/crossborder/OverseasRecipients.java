package io.consentgateway.gateway.crossborder;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.crossborder.OverseasRecipient;
import io.consentgateway.policies.crossborder.TransferMechanism;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The registry of recipients abroad (table {@code overseas_recipient}), kept by compliance. */
@Component
public class OverseasRecipients {

    private final JdbcTemplate jdbc;

    OverseasRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OverseasRecipient> find(String name) {
        return jdbc.query("select * from overseas_recipient where name = ?", (rs, i) -> row(rs), name).stream()
                .findFirst();
    }

    public List<OverseasRecipient> all() {
        return jdbc.query("select * from overseas_recipient order by name", (rs, i) -> row(rs));
    }

    void save(OverseasRecipient recipient, String by, Instant at) {
        jdbc.update(
                "insert into overseas_recipient (name, country, mechanism, reference, valid_until, fields, purpose,"
                        + " updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (name) do update"
                        + " set country = excluded.country, mechanism = excluded.mechanism,"
                        + " reference = excluded.reference, valid_until = excluded.valid_until,"
                        + " fields = excluded.fields, purpose = excluded.purpose,"
                        + " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                recipient.name(),
                recipient.country(),
                recipient.mechanism().configName(),
                recipient.reference(),
                Date.valueOf(recipient.validUntil()),
                String.join(",", recipient.fields().stream().sorted().toList()),
                recipient.purpose().name(),
                by,
                Timestamp.from(at));
    }

    private static OverseasRecipient row(ResultSet rs) throws SQLException {
        return new OverseasRecipient(
                rs.getString("name"),
                rs.getString("country"),
                TransferMechanism.fromConfig(rs.getString("mechanism")).orElseThrow(),
                rs.getString("reference"),
                rs.getDate("valid_until").toLocalDate(),
                Arrays.stream(rs.getString("fields").split(","))
                        .filter(field -> !field.isBlank())
                        .collect(Collectors.toSet()),
                new Purpose(rs.getString("purpose")));
    }
}

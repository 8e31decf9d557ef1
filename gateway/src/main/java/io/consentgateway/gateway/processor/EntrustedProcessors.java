package io.consentgateway.gateway.processor;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.processor.ProcessorContract;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The processor registry (table {@code entrusted_processor}). */
@Component
class EntrustedProcessors {

    private final JdbcTemplate jdbc;

    EntrustedProcessors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegisteredProcessor> find(String name) {
        return jdbc.query("select * from entrusted_processor where name = ?", (rs, i) -> row(rs), name).stream()
                .findFirst();
    }

    Optional<RegisteredProcessor> byClient(String clientId) {
        return jdbc
                .query("select * from entrusted_processor where client_id = ?", (rs, i) -> row(rs), clientId)
                .stream()
                .findFirst();
    }

    List<RegisteredProcessor> all() {
        return jdbc.query("select * from entrusted_processor order by name", (rs, i) -> row(rs));
    }

    void save(ProcessorContract contract, String by, Instant at) {
        jdbc.update(
                "insert into entrusted_processor (name, client_id, contract_reference, purposes, fields, valid_from,"
                        + " valid_until, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (name) do update set client_id = excluded.client_id,"
                        + " contract_reference = excluded.contract_reference, purposes = excluded.purposes,"
                        + " fields = excluded.fields, valid_from = excluded.valid_from,"
                        + " valid_until = excluded.valid_until, updated_by = excluded.updated_by,"
                        + " updated_at = excluded.updated_at",
                contract.name(),
                contract.clientId(),
                contract.contractReference(),
                contract.purposes().stream().map(Purpose::name).sorted().collect(Collectors.joining(",")),
                contract.fields().stream().sorted().collect(Collectors.joining(",")),
                Date.valueOf(contract.validFrom()),
                Date.valueOf(contract.validUntil()),
                by,
                Timestamp.from(at));
    }

    void terminate(String name, String by, Instant at) {
        jdbc.update(
                "update entrusted_processor set terminated_at = ?, updated_by = ?, updated_at = ? where name = ?",
                Timestamp.from(at),
                by,
                Timestamp.from(at),
                name);
    }

    void confirmDeletion(String name, DeletionConfirmationRecord confirmation) {
        jdbc.update(
                "update entrusted_processor set deletion_confirmed_at = ?, deletion_confirmed_by = ?,"
                        + " deletion_evidence = ? where name = ?",
                Timestamp.from(confirmation.confirmedAt()),
                confirmation.confirmedBy(),
                confirmation.evidence(),
                name);
    }

    private static RegisteredProcessor row(ResultSet rs) throws SQLException {
        Timestamp terminated = rs.getTimestamp("terminated_at");
        Timestamp confirmed = rs.getTimestamp("deletion_confirmed_at");
        ProcessorContract contract = new ProcessorContract(
                rs.getString("name"),
                rs.getString("client_id"),
                rs.getString("contract_reference"),
                split(rs.getString("purposes")).stream().map(Purpose::new).collect(Collectors.toSet()),
                split(rs.getString("fields")),
                rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_until").toLocalDate(),
                terminated == null ? null : terminated.toInstant());
        return new RegisteredProcessor(
                contract,
                confirmed == null
                        ? Optional.empty()
                        : Optional.of(new DeletionConfirmationRecord(
                                confirmed.toInstant(),
                                rs.getString("deletion_confirmed_by"),
                                rs.getString("deletion_evidence"))));
    }

    private static Set<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }
}

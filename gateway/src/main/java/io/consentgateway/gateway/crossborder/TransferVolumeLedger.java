package io.consentgateway.gateway.crossborder;

import io.consentgateway.policies.crossborder.OverseasRecipient;
import io.consentgateway.policies.crossborder.TransferVolumes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Transfers as recorded and the distinct individuals per year (tables {@code cross_border_transfer},
 * {@code cross_border_individual}). Writers take one transaction-scoped advisory lock, so two transfers cannot both
 * count the same individual as new or slip past a threshold together.
 */
@Component
class TransferVolumeLedger {

    private static final long VOLUME_LOCK = 0x43524f5353L;

    private final JdbcTemplate jdbc;

    TransferVolumeLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lock() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> {}, VOLUME_LOCK);
    }

    TransferVolumes volumes(int year) {
        return jdbc.queryForObject(
                "select count(*), count(*) filter (where sensitive) from cross_border_individual where year = ?",
                (rs, i) -> new TransferVolumes(rs.getLong(1), rs.getLong(2)),
                year);
    }

    /** Of these subjects, the ones already counted this year, and whether as sensitive. */
    Map<UUID, Boolean> counted(int year, List<UUID> subjects) {
        Map<UUID, Boolean> counted = new HashMap<>();
        if (subjects.isEmpty()) {
            return counted;
        }
        jdbc.query(
                "select subject_id, sensitive from cross_border_individual where year = ?"
                        + " and subject_id = any(?::uuid[])",
                rs -> {
                    counted.put(rs.getObject("subject_id", UUID.class), rs.getBoolean("sensitive"));
                },
                year,
                subjects.stream().map(UUID::toString).toArray(String[]::new));
        return counted;
    }

    void record(RecordedTransfer transfer, List<UUID> transferred, boolean sensitive) {
        jdbc.update(
                "insert into cross_border_transfer (id, recipient, mechanism, reference, fields, requested,"
                        + " transferred, refused, new_individuals, new_sensitive_individuals, year, actor,"
                        + " transferred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                transfer.id(),
                transfer.recipient().name(),
                transfer.recipient().mechanism().configName(),
                transfer.recipient().reference(),
                String.join(",", transfer.recipient().fields().stream().sorted().toList()),
                transfer.requested(),
                transferred.size(),
                transfer.requested() - transferred.size(),
                transfer.newIndividuals(),
                transfer.newSensitiveIndividuals(),
                transfer.year(),
                transfer.actor(),
                Timestamp.from(transfer.at()));
        if (transferred.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into cross_border_individual (year, subject_id, sensitive, first_transfer) values (?, ?, ?, ?)"
                        + " on conflict (year, subject_id) do update"
                        + " set sensitive = cross_border_individual.sensitive or excluded.sensitive",
                transferred.stream()
                        .map(subject -> new Object[] {transfer.year(), subject, sensitive, transfer.id()})
                        .toList());
    }

    record RecordedTransfer(
            UUID id,
            OverseasRecipient recipient,
            int requested,
            long newIndividuals,
            long newSensitiveIndividuals,
            int year,
            String actor,
            Instant at) {}
}

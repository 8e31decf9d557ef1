package io.consentgateway.gateway.incident;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.DataClass;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds an incident's affected customers in the record history (Envers revisions of {@code subject}): a customer is
 * affected when a revision made inside the time range (through one of the incident's channels, if any) held one of
 * the incident's fields. Only whether a ciphertext column is set is read; nothing is decrypted.
 */
@Component
class AffectedCustomerSearch {

    /** The incident fields the revision history traces, by their column in {@code subject_aud}. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("name", "name_ct"),
            Map.entry("mobile", "mobile_ct"),
            Map.entry("idNumber", "id_number_ct"),
            Map.entry("birthDate", "birth_date_ct"),
            Map.entry("address", "address_ct"),
            Map.entry("email", "email_ct"),
            Map.entry("gender", "gender"),
            Map.entry("province", "province"),
            Map.entry("city", "city"),
            Map.entry("district", "district"));

    private final JdbcTemplate jdbc;
    private final Classification classification;
    private final Clock clock;

    AffectedCustomerSearch(JdbcTemplate jdbc, Classification classification, Clock clock) {
        this.jdbc = jdbc;
        this.classification = classification;
        this.clock = clock;
    }

    static boolean traced(String field) {
        return COLUMNS.containsKey(field);
    }

    AffectedCustomers search(IncidentRecord incident) {
        List<String> traced =
                incident.fields().stream().filter(COLUMNS::containsKey).toList();
        List<String> untraced =
                incident.fields().stream().filter(field -> !traced(field)).toList();
        if (traced.isEmpty()) {
            return new AffectedCustomers(clock.instant(), List.of(), Set.of(), untraced);
        }
        String held =
                traced.stream().map(f -> "s." + COLUMNS.get(f) + " is not null").collect(Collectors.joining(" or "));
        String sensitiveHeld = traced.stream()
                .filter(this::sensitive)
                .map(f -> "s." + COLUMNS.get(f) + " is not null")
                .collect(Collectors.joining(" or "));
        // PIPL Art. 28: all personal information of a child under 14 is sensitive
        String sensitive = sensitiveHeld.isEmpty()
                ? "coalesce(s.minor, false)"
                : "(" + sensitiveHeld + ") or coalesce(s.minor, false)";
        List<Object> arguments = new ArrayList<>(
                List.of(Timestamp.from(incident.occurredFrom()), Timestamp.from(incident.occurredTo())));
        String channels = "";
        if (!incident.channels().isEmpty()) {
            channels = " and r.channel in ("
                    + incident.channels().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            arguments.addAll(incident.channels());
        }
        List<UUID> ids = new ArrayList<>();
        Set<UUID> sensitiveIds = new HashSet<>();
        jdbc.query(
                "select s.id, bool_or(" + sensitive + ") as sensitive from subject_aud s"
                        + " join audit_revision r on r.id = s.rev"
                        + " where r.revision_at >= ? and r.revision_at <= ? and (" + held + ")" + channels
                        + " group by s.id order by s.id",
                rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    ids.add(id);
                    if (rs.getBoolean("sensitive")) {
                        sensitiveIds.add(id);
                    }
                },
                arguments.toArray());
        return new AffectedCustomers(clock.instant(), ids, sensitiveIds, untraced);
    }

    private boolean sensitive(String field) {
        return classification
                .of(field)
                .map(c -> c.dataClass() == DataClass.SENSITIVE)
                .orElse(false);
    }
}

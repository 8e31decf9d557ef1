package io.consentgateway.gateway.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outcomes the ledger holds for each source id of a channel (the current ones: a quarantine replay supersedes
 * its entry), read as the database owner. A record delivered more than once has more than one: {@code duplicate}
 * after {@code stored}, or {@code duplicate:already-quarantined} after {@code quarantined}.
 */
record SourceFates(Map<String, List<String>> outcomesBySourceId) {

    private static final String QUARANTINED_AGAIN = "duplicate:already-quarantined";

    static SourceFates read(JdbcTemplate database, String channel) {
        Map<String, List<String>> outcomes = new HashMap<>();
        database.query(
                "select source_id, outcome, reason from ingest_outcome where channel = ? and superseded_by is null",
                row -> {
                    String outcome = row.getString("outcome");
                    outcomes.computeIfAbsent(row.getString("source_id"), id -> new ArrayList<>())
                            .add(
                                    QUARANTINED_AGAIN.equals(outcome + ":" + row.getString("reason"))
                                            ? QUARANTINED_AGAIN
                                            : outcome);
                },
                channel);
        return new SourceFates(Map.copyOf(outcomes));
    }

    Set<String> withOutcome() {
        return outcomesBySourceId.keySet();
    }

    Set<String> storedMoreThanOnce() {
        return matching(outcomes -> count(outcomes, "stored") > 1);
    }

    /** The same broken record delivered again is a duplicate of its open quarantine entry, never a second entry. */
    Set<String> quarantinedMoreThanOnce() {
        return matching(outcomes -> count(outcomes, "quarantined") > 1);
    }

    /** Duplicate means "this channel delivered this id before and it was stored": never without a stored row. */
    Set<String> duplicateNeverStored() {
        return matching(outcomes -> outcomes.contains("duplicate") && !outcomes.contains("stored"));
    }

    /** A record delivered again meets the same rules again: stored then duplicate, or quarantined (refused) again. */
    Set<String> withMixedFates() {
        return matching(
                outcomes -> outcomes.stream().map(SourceFates::fate).distinct().count() > 1);
    }

    Set<String> quarantined() {
        return matching(outcomes -> outcomes.contains("quarantined"));
    }

    Set<String> refused() {
        return matching(outcomes -> outcomes.contains("refused"));
    }

    private Set<String> matching(Predicate<List<String>> outcomes) {
        return outcomesBySourceId.entrySet().stream()
                .filter(entry -> outcomes.test(entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static long count(List<String> outcomes, String outcome) {
        return outcomes.stream().filter(outcome::equals).count();
    }

    private static String fate(String outcome) {
        return switch (outcome) {
            case "duplicate" -> "stored";
            case QUARANTINED_AGAIN -> "quarantined";
            default -> outcome;
        };
    }
}

package io.consentgateway.gateway.incident;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The customers an incident reached, by pseudonymous id; {@code sensitive} are those whose records held a sensitive
 * field of the incident or who are under 14 (PIPL Arts. 28, 31).
 */
record AffectedCustomers(Instant assessedAt, List<UUID> subjectIds, Set<UUID> sensitive, List<String> untracedFields) {

    AffectedCustomers {
        subjectIds = List.copyOf(subjectIds);
        sensitive = Set.copyOf(sensitive);
        untracedFields = List.copyOf(untracedFields);
    }

    long count() {
        return subjectIds.size();
    }

    long sensitiveCount() {
        return sensitive.size();
    }
}

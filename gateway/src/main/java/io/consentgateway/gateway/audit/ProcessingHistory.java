package io.consentgateway.gateway.audit;

import io.consentgateway.api.model.ProcessingHistoryEntry;
import io.consentgateway.api.model.ProcessingHistoryPage;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A customer's own view of the audit trail (PIPL Art. 44: the right to know how their data is processed): what was
 * done, for which purpose, through which channel and by which role. Staff are shown by role, not by name.
 */
@Component
public class ProcessingHistory {

    private final AuditTrailSearch search;

    ProcessingHistory(AuditTrailSearch search) {
        this.search = search;
    }

    public ProcessingHistoryPage of(UUID subjectId, String customerAccount, int page, int size) {
        AuditQuery query = new AuditQuery(subjectId, null, null, null, null, null);
        return new ProcessingHistoryPage(
                search.page(query, page, size).stream()
                        .map(row -> entry(row, customerAccount))
                        .toList(),
                page,
                size,
                search.count(query));
    }

    private static ProcessingHistoryEntry entry(AuditRow row, String customerAccount) {
        ProcessingHistoryEntry entry = new ProcessingHistoryEntry(
                        row.occurredAt().atOffset(ZoneOffset.UTC),
                        row.action(),
                        by(row, customerAccount),
                        row.purpose())
                .channel(row.channel())
                .fields(row.fields().isEmpty() ? null : row.fields());
        if (row.action().startsWith("consent.")) {
            entry.recipient(row.detail());
        }
        return entry;
    }

    private static String by(AuditRow row, String customerAccount) {
        // a consent event is the customer's own choice, whichever channel delivered it
        if (customerAccount.equals(row.actor()) || row.action().startsWith("consent.")) {
            return "you";
        }
        if (row.roles() == null || row.roles().isBlank()) {
            return "system";
        }
        return Arrays.stream(row.roles().split(",")).sorted().findFirst().orElse("system");
    }
}

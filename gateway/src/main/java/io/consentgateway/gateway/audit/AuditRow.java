package io.consentgateway.gateway.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the audit trail as stored (no personal data: a pseudonymous subject id and field names). */
record AuditRow(
        String id,
        Instant occurredAt,
        String action,
        UUID subjectId,
        Integer subjectCount,
        List<String> fields,
        String actor,
        String roles,
        String purpose,
        String channel,
        String requestId,
        String detail) {}

package io.consentgateway.gateway.audit;

import io.consentgateway.audit.RevisionContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends audit events: who (actor, roles, address digest), what (action, fields by name), whose (pseudonymous
 * subject id, or a count for bulk work), why (purpose), in which request. Written in the caller's transaction when
 * there is one; a trigger queues every row for the hash chain.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final AuditContexts contexts;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, AuditContexts contexts, Clock clock) {
        this.jdbc = jdbc;
        this.contexts = contexts;
        this.clock = clock;
    }

    /** An action on one subject by the current caller. */
    public void record(AuditAction action, UUID subjectId, List<String> fields, String purpose) {
        append(action, subjectId, fields, purpose, null);
    }

    /** An action on one subject by the current caller, with a short non-personal detail (e.g. who it acts for). */
    public void record(AuditAction action, UUID subjectId, List<String> fields, String purpose, String detail) {
        append(action, subjectId, fields, purpose, detail);
    }

    /** An administrative action, with a short non-personal detail (a key id, a notice version). */
    public void recordAdmin(AuditAction action, String purpose, String detail) {
        append(action, null, List.of(), purpose, detail);
    }

    /** An administrative action for an actor captured earlier in the request, e.g. inside the ingest pipeline. */
    public void recordAdminIn(RevisionContext context, AuditAction action, String detail) {
        insert(context, action, null, List.of(), detail);
    }

    /** An action done in the background for an earlier request, under that request's context. */
    public void recordIn(RevisionContext context, AuditAction action, UUID subjectId, List<String> fields) {
        insert(context, action, subjectId, fields, null);
    }

    private void append(AuditAction action, UUID subjectId, List<String> fields, String purpose, String detail) {
        insert(contexts.forCaller("api", purpose), action, subjectId, fields, detail);
    }

    private void insert(
            RevisionContext context, AuditAction action, UUID subjectId, List<String> fields, String detail) {
        jdbc.update(
                "insert into audit_event (occurred_at, action, subject_id, fields, actor, roles, purpose, channel,"
                        + " request_id, source_ip_digest, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()),
                action.code(),
                subjectId,
                fields.isEmpty() ? null : String.join(",", fields),
                context.actor(),
                context.roles(),
                context.purpose(),
                context.channel(),
                context.requestId(),
                context.sourceIpDigest(),
                detail);
    }
}

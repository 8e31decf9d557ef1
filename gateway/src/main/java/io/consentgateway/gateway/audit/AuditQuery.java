package io.consentgateway.gateway.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Filters over the audit trail; each one given narrows the result. Values go to SQL only as parameters.
 *
 * @param to exclusive
 */
record AuditQuery(UUID subjectId, String actor, String action, String purpose, Instant from, Instant to) {

    String where() {
        List<String> clauses = new ArrayList<>();
        parameters().keySet().forEach(clauses::add);
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    Object[] arguments() {
        return parameters().values().toArray();
    }

    /** The filters as the manifest of an export states them. */
    Map<String, String> described() {
        Map<String, String> described = new LinkedHashMap<>();
        if (subjectId != null) described.put("subjectId", subjectId.toString());
        if (actor != null) described.put("actor", actor);
        if (action != null) described.put("action", action);
        if (purpose != null) described.put("purpose", purpose);
        if (from != null) described.put("from", from.toString());
        if (to != null) described.put("to", to.toString());
        return described;
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (subjectId != null) parameters.put("subject_id = ?", subjectId);
        if (actor != null) parameters.put("actor = ?", actor);
        if (action != null) parameters.put("action = ?", action);
        if (purpose != null) parameters.put("purpose = ?", purpose);
        if (from != null) parameters.put("occurred_at >= ?", Timestamp.from(from));
        if (to != null) parameters.put("occurred_at < ?", Timestamp.from(to));
        return parameters;
    }
}

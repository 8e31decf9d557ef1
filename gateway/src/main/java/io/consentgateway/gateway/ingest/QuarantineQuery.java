package io.consentgateway.gateway.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters over the quarantine; each one given narrows the result. A reason without a field ({@code
 * check-digit-mismatch}) matches it on every field. Values go to SQL only as parameters.
 */
record QuarantineQuery(String channel, String reason, QuarantineEntryStatus status, String sourceId) {

    String where() {
        return parameters().isEmpty()
                ? ""
                : " where " + String.join(" and ", parameters().keySet());
    }

    Object[] arguments() {
        return parameters().values().toArray();
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (channel != null) parameters.put("q.channel = ?", channel);
        if (reason != null) {
            parameters.put(reason.contains(":") ? "q.reason = ?" : "split_part(q.reason, ':', 1) = ?", reason);
        }
        if (status != null) parameters.put("q.status = ?", status.label());
        if (sourceId != null) parameters.put("q.source_id = ?", sourceId);
        return parameters;
    }
}

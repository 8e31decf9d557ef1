package io.consentgateway.gateway.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An incident as reported, before the workflow gives it an id and records it. */
record IncidentDraft(
        String title,
        String kind,
        Instant discoveredAt,
        Instant occurredFrom,
        Instant occurredTo,
        List<String> fields,
        List<String> channels,
        Map<String, Map<String, String>> texts) {

    IncidentRecord recorded(UUID id, Instant at, String by) {
        return new IncidentRecord(
                id,
                title,
                kind,
                discoveredAt,
                occurredFrom,
                occurredTo,
                fields,
                channels,
                texts,
                at,
                by,
                IncidentRecord.Steps.NONE);
    }
}

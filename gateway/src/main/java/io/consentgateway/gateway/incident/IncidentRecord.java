package io.consentgateway.gateway.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One incident as stored: what happened, the notice texts by element and language, and when each step was taken
 * (null while it is not). Holds no personal data.
 */
record IncidentRecord(
        UUID id,
        String title,
        String kind,
        Instant discoveredAt,
        Instant occurredFrom,
        Instant occurredTo,
        List<String> fields,
        List<String> channels,
        Map<String, Map<String, String>> texts,
        Instant recordedAt,
        String recordedBy,
        Steps steps) {

    static final String CAUSE = "cause";
    static final String POSSIBLE_HARM = "possibleHarm";
    static final String REMEDIAL_MEASURES = "remedialMeasures";
    static final String INDIVIDUAL_MEASURES = "individualMeasures";

    IncidentRecord {
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
        channels = List.copyOf(channels);
        texts = Map.copyOf(texts);
    }

    Map<String, String> text(String element) {
        return texts.getOrDefault(element, Map.of());
    }

    /** The workflow's progress after the incident was recorded. */
    record Steps(
            Instant assessedAt,
            Long affectedCount,
            Long affectedSensitiveCount,
            List<String> untracedFields,
            Instant regulatorNotifiedAt,
            Instant individualsNotifiedAt,
            Long individualsNotifiedCount,
            Instant individualsSkippedAt,
            String individualsSkipReason,
            Instant closedAt) {

        static final Steps NONE = new Steps(null, null, null, List.of(), null, null, null, null, null, null);

        boolean individualsDecided() {
            return individualsNotifiedAt != null || individualsSkippedAt != null;
        }
    }
}

package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.validation.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A batch of records in the channel's own payload shape, as handed to the channel's route. {@code transportProblems}
 * are what the transport found wrong with a record before any mapping (by index, e.g. a CSV row with the wrong number
 * of columns): such a record is quarantined with that reason.
 */
public record IngestBatch(
        IngestContext context, List<Map<String, Object>> payloads, Map<Integer, Rejection> transportProblems) {

    public IngestBatch(IngestContext context, List<Map<String, Object>> payloads) {
        this(context, payloads, Map.of());
    }

    public IngestBatch {
        Objects.requireNonNull(context, "context");
        payloads = List.copyOf(payloads);
        transportProblems = Map.copyOf(transportProblems);
    }

    @Override
    public String toString() {
        return "IngestBatch[channel=" + context.channel() + ", records=" + payloads.size() + "]";
    }
}

package io.consentgateway.routes.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A batch of records in the channel's own payload shape, as handed to the channel's route. */
public record IngestBatch(IngestContext context, List<Map<String, Object>> payloads) {

    public IngestBatch {
        Objects.requireNonNull(context, "context");
        payloads = List.copyOf(payloads);
    }

    @Override
    public String toString() {
        return "IngestBatch[channel=" + context.channel() + ", records=" + payloads.size() + "]";
    }
}

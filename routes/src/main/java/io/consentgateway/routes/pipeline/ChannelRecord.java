package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.Rejection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One record on its way through the pipeline: the flattened {@link RawRecord}, the evidence of how consent was
 * given, the payload exactly as received (kept only to quarantine it, encrypted, for fix-and-replay), and the first
 * problem the channel mapping found.
 */
public record ChannelRecord(
        IngestContext context,
        RawRecord raw,
        ConsentEvidence evidence,
        Map<String, Object> payload,
        Optional<Rejection> mappingProblem) {

    public ChannelRecord {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(mappingProblem, "mappingProblem");
    }

    public String sourceId() {
        return raw.sourceId();
    }

    @Override
    public String toString() {
        return "ChannelRecord[" + raw + "]";
    }
}

package io.consentgateway.routes.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outcomes of one batch in the order received; received always equals the sum of the counts. */
public record IngestSummary(List<IngestOutcome> outcomes) {

    public IngestSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long received() {
        return outcomes.size();
    }

    public long count(OutcomeKind kind) {
        return outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
    }

    public Map<OutcomeKind, Long> counts() {
        Map<OutcomeKind, Long> counts = new EnumMap<>(OutcomeKind.class);
        for (OutcomeKind kind : OutcomeKind.values()) {
            counts.put(kind, count(kind));
        }
        return counts;
    }
}

package io.consentgateway.routes.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/** Collects the outcome of every split record, in order, into the batch's {@link IngestSummary}. */
final class OutcomeTally implements AggregationStrategy {

    private static final String OUTCOMES = "consentGateway.outcomes";

    @Override
    @SuppressWarnings("unchecked")
    public Exchange aggregate(Exchange collected, Exchange next) {
        Exchange target = collected == null ? next : collected;
        List<IngestOutcome> outcomes = target.getProperty(OUTCOMES, List.class);
        if (outcomes == null) {
            outcomes = new ArrayList<>();
            target.setProperty(OUTCOMES, outcomes);
        }
        if (next.getException() != null) {
            // Not an outcome: an unhandled failure (e.g. quarantine itself failing), which must fail the batch.
            target.setException(next.getException());
            return target;
        }
        outcomes.add(next.getMessage().getBody(IngestOutcome.class));
        return target;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void onCompletion(Exchange collected, Exchange original) {
        List<IngestOutcome> outcomes = collected == null ? null : collected.getProperty(OUTCOMES, List.class);
        collected.getMessage().setBody(new IngestSummary(outcomes == null ? List.of() : outcomes));
        collected.removeProperty(OUTCOMES);
    }
}

package io.consentgateway.gateway.ingest;

import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestObserver;
import io.consentgateway.routes.pipeline.IngestSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Ingest figures for Prometheus, labelled by channel and outcome only (never by anything about a person):
 * {@code gateway.ingest.records}, {@code gateway.ingest.replayed} (fixed records replayed from quarantine), {@code gateway.ingest.batch} (pipeline latency per batch),
 * {@code gateway.offline.sync.lag} (file arrival to last record stored; the target is 2 hours) and
 * {@code gateway.offline.files}.
 */
@Component
class IngestMetrics implements IngestObserver {

    private final MeterRegistry meters;

    IngestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void batchCompleted(IngestContext context, IngestSummary summary, Duration took) {
        String channel = context.channel();
        meters.timer("gateway.ingest.batch", "channel", channel).record(took);
        // a replay from quarantine was counted when it first arrived; its new outcome is counted apart
        String counter = context.replayOf() == null ? "gateway.ingest.records" : "gateway.ingest.replayed";
        summary.counts()
                .forEach((kind, count) -> meters.counter(counter, "channel", channel, "outcome", kind.label())
                        .increment(count));
    }

    @Override
    public void fileSynced(String channel, Duration sinceArrival, long records) {
        meters.timer("gateway.offline.sync.lag", "channel", channel).record(sinceArrival);
        meters.counter("gateway.offline.files", "channel", channel).increment();
    }
}

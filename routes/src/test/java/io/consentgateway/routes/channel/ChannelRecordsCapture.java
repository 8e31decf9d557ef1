package io.consentgateway.routes.channel;

import io.consentgateway.routes.pipeline.ChannelRecord;
import io.consentgateway.routes.pipeline.IngestOutcome;
import io.consentgateway.routes.pipeline.IngestSummary;
import io.consentgateway.routes.pipeline.ProtectionPipelineRoute;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;

/** Stands in for the protection pipeline: keeps what the channel routes hand on and reports every record stored. */
public final class ChannelRecordsCapture extends RouteBuilder {

    private final List<ChannelRecord> records = new CopyOnWriteArrayList<>();
    private final AtomicInteger batches = new AtomicInteger();

    @Override
    @SuppressWarnings("unchecked")
    public void configure() {
        from(ProtectionPipelineRoute.BATCH).process(exchange -> {
            List<ChannelRecord> handedOn = exchange.getIn().getBody(List.class);
            records.addAll(handedOn);
            batches.incrementAndGet();
            exchange.getMessage()
                    .setBody(new IngestSummary(handedOn.stream()
                            .map(record -> IngestOutcome.stored(record.sourceId(), java.util.UUID.randomUUID()))
                            .toList()));
        });
    }

    public List<ChannelRecord> records() {
        return records;
    }

    public int batches() {
        return batches.get();
    }
}

package io.consentgateway.routes.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.routes.pipeline.ChannelRecord;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestObserver;
import io.consentgateway.routes.pipeline.IngestSummary;
import io.consentgateway.routes.pipeline.ProtectionPipelineRoute;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The ingest topic: every gateway instance joins one consumer group, so partitions (and load) are shared; a batch
 * goes to its channel's route like one received over the API. Offsets are committed only after the records of the
 * polled messages are stored, and a failure (the database away) stops at that message and retries it, so a crash
 * loses nothing: messages come again and their stored records are reported as duplicates.
 */
public final class KafkaChannelRoute extends RouteBuilder {

    public static final String ROUTE_ID = "kafka-ingest";
    private static final String UNREADABLE = "consentGateway.unreadableMessage";

    private final KafkaIngest kafka;
    private final KafkaMessages messages;
    private final IngestObserver observer;

    public KafkaChannelRoute(
            KafkaIngest kafka, Set<String> channels, ObjectMapper json, Clock clock, IngestObserver observer) {
        this.kafka = kafka;
        this.messages = new KafkaMessages(channels, kafka.partnerFeeds(), json, clock);
        this.observer = observer;
    }

    @Override
    public void configure() {
        from("kafka:" + kafka.topic() + "?brokers=" + kafka.brokers()
                        + "&groupId=" + kafka.groupId()
                        + "&consumersCount=" + kafka.consumers()
                        + "&autoOffsetReset=earliest"
                        + "&breakOnFirstError=true"
                        + "&maxPollRecords=50")
                .routeId(ROUTE_ID)
                .bean(messages, "read")
                .choice()
                .when(body().isInstanceOf(IngestBatch.class))
                .toD(MemberChannelRoutes.endpointOf("${exchangeProperty.consentGateway.channel}"))
                .otherwise()
                .setProperty(UNREADABLE, body())
                .to(ProtectionPipelineRoute.BATCH)
                .process(this::counted)
                .end();
    }

    // a channel's route reports its own batches; an unreadable message never reached one
    @SuppressWarnings("unchecked")
    private void counted(Exchange exchange) {
        List<ChannelRecord> unreadable = exchange.getProperty(UNREADABLE, List.class);
        observer.batchCompleted(
                unreadable.get(0).context(), exchange.getMessage().getBody(IngestSummary.class), Duration.ZERO);
    }
}

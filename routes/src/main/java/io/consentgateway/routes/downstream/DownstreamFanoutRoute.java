package io.consentgateway.routes.downstream;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Tells every connected downstream system about a correction or deletion, through whatever Camel endpoint it is
 * reached by (webhook or Kafka), with redelivery and exponential back-off, and returns each system's
 * acknowledgement for the deletion certificate.
 */
public final class DownstreamFanoutRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:downstream-notice";
    static final String TARGET = "downstreamUri";
    private static final String REDELIVERIES = "downstreamRedeliveries";

    private final int redeliveries;
    private final long firstDelayMs;

    public DownstreamFanoutRoute(int redeliveries, long firstDelayMs) {
        this.redeliveries = redeliveries;
        this.firstDelayMs = firstDelayMs;
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId("downstream-notice")
                .errorHandler(defaultErrorHandler()
                        .maximumRedeliveries(redeliveries)
                        .redeliveryDelay(firstDelayMs)
                        .useExponentialBackOff()
                        .backOffMultiplier(2)
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .logStackTrace(false)
                        .logExhaustedMessageHistory(false)
                        .onRedelivery(exchange -> exchange.setProperty(
                                REDELIVERIES, exchange.getProperty(REDELIVERIES, 0, Integer.class) + 1)))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .toD("${header." + TARGET + "}");
    }

    /** Sends the notice to each system in turn and reports how each answered. */
    public static List<DownstreamAck> notifyAll(
            ProducerTemplate producer, List<DownstreamSystem> systems, DownstreamNotice notice) {
        List<DownstreamAck> acks = new ArrayList<>();
        for (DownstreamSystem system : systems) {
            Exchange sent = producer.send(ENDPOINT, exchange -> {
                exchange.getIn().setHeader(TARGET, system.uri());
                exchange.getIn().setHeader("kafka.KEY", notice.subjectId().toString());
                exchange.getIn().setBody(notice.toJson());
            });
            int attempts = 1 + sent.getProperty(REDELIVERIES, 0, Integer.class);
            Exception failure = sent.getException();
            acks.add(new DownstreamAck(
                    system.name(),
                    failure == null,
                    attempts,
                    failure == null ? null : failure.getClass().getSimpleName()));
        }
        return acks;
    }
}

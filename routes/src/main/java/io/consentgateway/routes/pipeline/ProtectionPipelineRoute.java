package io.consentgateway.routes.pipeline;

import io.consentgateway.routes.pipeline.PipelineRecords.RefusedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RejectedRecord;
import org.apache.camel.builder.RouteBuilder;

/**
 * The shared protection pipeline every channel hands its records to: check (normalise + validate) → quarantine or
 * consent gate → refuse or store. Storage is retried with back-off and, when it keeps failing, the record is
 * quarantined. Each record ends in exactly one outcome.
 */
public final class ProtectionPipelineRoute extends RouteBuilder {

    public static final String BATCH = "direct:protect-batch";
    static final String PROTECT = "direct:protect";
    static final String CONSENT_GATE = "direct:consent-gate";
    static final String STORE = "direct:protected-store";
    static final String QUARANTINE = "direct:quarantine";

    private final RecordCheckStep check;
    private final ConsentStep consent;
    private final IngestStore store;
    private final StorageRetry retry;

    public ProtectionPipelineRoute(RecordCheckStep check, ConsentStep consent, IngestStore store, StorageRetry retry) {
        this.check = check;
        this.consent = consent;
        this.store = store;
        this.retry = retry;
    }

    @Override
    public void configure() {
        from(BATCH)
                .routeId("protect-batch")
                .split(body(), new OutcomeTally())
                .to(PROTECT)
                .end();

        from(PROTECT)
                .routeId("protection-pipeline")
                .bean(check, "check")
                .choice()
                .when(body().isInstanceOf(RejectedRecord.class))
                .to(QUARANTINE)
                .otherwise()
                .to(CONSENT_GATE)
                .end();

        from(CONSENT_GATE)
                .routeId("consent-gate")
                .bean(consent, "decide")
                .choice()
                .when(body().isInstanceOf(RefusedRecord.class))
                .bean(store, "refuse")
                .otherwise()
                .to(STORE)
                .end();

        from(STORE)
                .routeId("protected-store")
                .onException(Exception.class)
                .maximumRedeliveries(retry.attempts())
                .redeliveryDelay(retry.firstDelayMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .handled(true)
                .bean(new StorageFailure(), "toQuarantine")
                .to(QUARANTINE)
                .end()
                .bean(store, "store");

        from(QUARANTINE).routeId("quarantine").bean(store, "quarantine");
    }
}

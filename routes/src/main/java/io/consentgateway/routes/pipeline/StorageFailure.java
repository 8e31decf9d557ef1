package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.routes.pipeline.PipelineRecords.AdmittedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RejectedRecord;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record whose storage kept failing after retries goes to quarantine: never lost, never silently dropped. */
public final class StorageFailure {

    private static final Logger log = LoggerFactory.getLogger(StorageFailure.class);

    public RejectedRecord toQuarantine(
            AdmittedRecord record, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        // The exception class only: database messages can quote the values of the failing row.
        log.warn(
                "Storing record {} of channel {} failed after retries ({}); quarantining it",
                record.record().sourceId(),
                record.record().context().channel(),
                cause == null ? "unknown" : cause.getClass().getSimpleName());
        return new RejectedRecord(record.record(), new Rejection("storage-failed", "record"));
    }
}

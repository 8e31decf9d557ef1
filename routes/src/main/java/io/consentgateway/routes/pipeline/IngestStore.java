package io.consentgateway.routes.pipeline;

import io.consentgateway.routes.pipeline.PipelineRecords.AdmittedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RefusedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RejectedRecord;

/**
 * Where the pipeline's records end, implemented by the gateway's customer store. Each call is one database
 * transaction that writes the record's data and its outcome together, so the counts can never drift from the data.
 */
public interface IngestStore {

    /** Resolve identity, encrypt, store under a subject (or report a replayed source id as duplicate), audit. */
    IngestOutcome store(AdmittedRecord record);

    /** Keep the invalid record, encrypted, with its reason, for inspection and fix-and-replay. */
    IngestOutcome quarantine(RejectedRecord record);

    /** Count the refusal with its reason; store nothing about the person. */
    IngestOutcome refuse(RefusedRecord record);
}

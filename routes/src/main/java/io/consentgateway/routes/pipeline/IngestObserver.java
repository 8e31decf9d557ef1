package io.consentgateway.routes.pipeline;

import java.time.Duration;

/** Told when a channel finished a batch and when an offline file was fully stored; the gateway turns it into metrics. */
public interface IngestObserver {

    IngestObserver NONE = new IngestObserver() {};

    /** Outcomes are reported once the batch is stored, so a retried record is never counted twice. */
    default void batchCompleted(IngestContext context, IngestSummary summary, Duration took) {}

    /** From the file's arrival in the drop directory to its last record stored (the offline sync target is 2 h). */
    default void fileSynced(String channel, Duration sinceArrival, long records) {}
}

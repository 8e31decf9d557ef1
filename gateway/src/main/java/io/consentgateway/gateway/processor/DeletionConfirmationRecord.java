package io.consentgateway.gateway.processor;

import java.time.Instant;

/** The processor's confirmation that it returned or deleted the data, as recorded; absent until given. */
record DeletionConfirmationRecord(Instant confirmedAt, String confirmedBy, String evidence) {}

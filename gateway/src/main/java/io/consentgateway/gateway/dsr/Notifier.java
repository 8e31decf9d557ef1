package io.consentgateway.gateway.dsr;

import java.util.UUID;

/** Sends a short message to a subject's registered phone. Pluggable: an SMS gateway in production. */
public interface Notifier {

    void send(UUID subjectId, String kind, String message);
}

package io.consentgateway.routes.pipeline;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a batch came from: the channel, the authenticated actor that delivered it (user or client id), its roles,
 * and the request id that ties logs, responses and audit revisions together.
 */
public record IngestContext(
        String channel, String actor, String roles, String requestId, Instant receivedAt, String partner) {

    /** A first-party delivery (no partner). */
    public IngestContext(String channel, String actor, String roles, String requestId, Instant receivedAt) {
        this(channel, actor, roles, requestId, receivedAt, null);
    }

    public IngestContext {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        roles = roles == null ? "" : roles;
    }
}

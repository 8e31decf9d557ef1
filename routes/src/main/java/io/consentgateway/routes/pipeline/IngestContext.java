package io.consentgateway.routes.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a batch came from: the channel, the authenticated actor that delivered it (user or client id), its roles,
 * the request id that ties logs, responses and audit revisions together, the partner of a third-party feed and, for
 * a fixed record replayed from quarantine, the quarantine entry it replays (its outcome then replaces the entry's).
 */
public record IngestContext(
        String channel,
        String actor,
        String roles,
        String requestId,
        Instant receivedAt,
        String partner,
        UUID replayOf) {

    /** A first-party delivery (no partner). */
    public IngestContext(String channel, String actor, String roles, String requestId, Instant receivedAt) {
        this(channel, actor, roles, requestId, receivedAt, null, null);
    }

    /** A delivery, from a partner on partner feeds. */
    public IngestContext(
            String channel, String actor, String roles, String requestId, Instant receivedAt, String partner) {
        this(channel, actor, roles, requestId, receivedAt, partner, null);
    }

    public IngestContext {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        roles = roles == null ? "" : roles;
    }

    public boolean isReplay() {
        return replayOf != null;
    }
}

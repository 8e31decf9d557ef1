package io.consentgateway.audit;

import java.util.Objects;

/**
 * Who is changing data, in which role, through which channel, for which purpose, in which request. Every Envers
 * revision carries one, so a compliance officer can answer "who did what to whose data, and why".
 *
 * @param actor user name or client id, never a customer's personal data
 * @param roles the actor's roles, comma-separated
 * @param channel the ingest channel, or {@code api} for direct calls
 * @param purpose the processing or access purpose
 * @param requestId correlates with the {@code X-Request-Id} response header and log lines
 * @param sourceIpDigest keyed digest of the caller's address (never the address), or null for background work
 */
public record RevisionContext(
        String actor, String roles, String channel, String purpose, String requestId, String sourceIpDigest) {

    /** Background work with no caller address. */
    public RevisionContext(String actor, String roles, String channel, String purpose, String requestId) {
        this(actor, roles, channel, purpose, requestId, null);
    }

    public RevisionContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(requestId, "requestId");
        roles = roles == null ? "" : roles;
    }
}

package io.consentgateway.gateway.subject;

import io.consentgateway.policies.identity.SourceTrust;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A record arriving for a subject: which channel delivered it under which source id, when, how far that channel is
 * trusted about the person, and the platform identities it carries ({@code wechatUnionId} → value).
 */
public record Arrival(
        String channel, String sourceId, Instant receivedAt, SourceTrust trust, Map<String, String> channelIdentities) {

    public Arrival {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(trust, "trust");
        channelIdentities = Map.copyOf(channelIdentities);
    }

    @Override
    public String toString() {
        return "Arrival[channel=" + channel + ", sourceId=" + sourceId + ", trust=" + trust + "]";
    }
}

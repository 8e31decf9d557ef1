package io.consentgateway.routes.downstream;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a downstream system is told: which subject (the pseudonymous id it was given), what happened, and for a
 * correction which fields — never the values, which it fetches through its own authorised channel.
 *
 * @param type {@code erasure} or {@code correction}
 */
public record DownstreamNotice(String type, UUID subjectId, UUID requestId, Instant issuedAt, List<String> fields) {

    public DownstreamNotice {
        fields = List.copyOf(fields);
    }

    public String toJson() {
        return "{\"type\":\"" + type + "\",\"subjectId\":\"" + subjectId + "\",\"requestId\":\"" + requestId
                + "\",\"issuedAt\":\"" + issuedAt + "\",\"fields\":["
                + String.join(
                        ",", fields.stream().map(field -> "\"" + field + "\"").toList()) + "]}";
    }
}

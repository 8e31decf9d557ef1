package io.consentgateway.policies.record;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One record as a channel delivered it, flattened to named text fields, plus the consent choices it carries
 * ({@code purpose -> granted}). {@code sourceId} is the channel's own record id, the idempotency key; it must not be
 * a person identifier.
 */
public record RawRecord(String channel, String sourceId, Map<String, String> fields, Map<String, Boolean> consents) {

    public RawRecord {
        Objects.requireNonNull(channel, "channel");
        fields = Map.copyOf(fields);
        consents = Map.copyOf(consents);
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** Field names only: the values are personal information and never go into logs. */
    @Override
    public String toString() {
        return "RawRecord[channel=" + channel + ", sourceId=" + sourceId + ", fields=" + new TreeMap<>(fields).keySet()
                + ", consents=" + new TreeMap<>(consents) + "]";
    }
}

package io.consentgateway.routes.channel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one platform names things: which of its fields is the source id, and which of its fields become which of
 * ours (e.g. WeChat {@code openid} → {@code sourceId}, {@code nickname} → {@code name}, {@code phoneNumber} →
 * {@code mobile}; nested values by a dotted path such as {@code consigneeInfo.mobile}). With a field map, anything the platform sends that is not mapped is not collected (PIPL Art. 6:
 * minimum collection at the edge); without one the payload already uses our names.
 *
 * @param sourceIdField the platform's stable id of the record
 * @param fields platform field → our field
 */
public record PlatformFieldMapping(String sourceIdField, Map<String, String> fields) {

    /** Fields that carry the consent evidence rather than personal data; they keep their names on every channel. */
    private static final Set<String> EVIDENCE = Set.of("consents", "noticeVersion", "guardian");

    public PlatformFieldMapping {
        sourceIdField = sourceIdField == null || sourceIdField.isBlank() ? "sourceId" : sourceIdField;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** The payload in our names. */
    public Map<String, Object> normalise(Map<String, Object> payload) {
        if (payload == null) {
            return null;
        }
        if (fields.isEmpty() && sourceIdField.equals("sourceId")) {
            return payload;
        }
        Map<String, Object> ours = new LinkedHashMap<>();
        valueAt(payload, sourceIdField).ifPresent(value -> ours.put("sourceId", value));
        if (fields.isEmpty()) {
            payload.forEach((name, value) -> {
                if (!name.equals(sourceIdField)) {
                    ours.putIfAbsent(name, value);
                }
            });
            return ours;
        }
        fields.forEach((platform, ourName) -> valueAt(payload, platform).ifPresent(value -> ours.put(ourName, value)));
        EVIDENCE.forEach(name -> {
            if (payload.containsKey(name)) {
                ours.put(name, payload.get(name));
            }
        });
        return ours;
    }

    /**
     * The value at a platform path: a field name, or a dotted path into nested objects and arrays, e.g.
     * {@code consigneeInfo.mobile} or {@code orders.0.category} (the first item's category).
     */
    static Optional<Object> valueAt(Map<String, Object> payload, String path) {
        if (payload.containsKey(path)) {
            return Optional.ofNullable(payload.get(path));
        }
        Object current = payload;
        for (String step : path.split("\\.")) {
            if (current instanceof Map<?, ?> object) {
                current = object.get(step);
            } else if (current instanceof List<?> array && step.matches("\\d{1,4}")) {
                int index = Integer.parseInt(step);
                current = index < array.size() ? array.get(index) : null;
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }
}

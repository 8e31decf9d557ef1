package io.consentgateway.policies.identity;

import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.Validated;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the platform identities that link a person across a platform's apps (WeChat's unionid: one per person across
 * the official account, mini-program and app of one company) out of a record, checked for shape. They are used to
 * resolve identity only: kept as a keyed blind index, never stored in clear.
 */
public final class ChannelIdentityCheck {

    public static final String WECHAT_UNION_ID = "wechatUnionId";
    public static final Set<String> FIELDS = Set.of(WECHAT_UNION_ID);
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_\\-]{16,64}");

    /** The record without its channel identities, and the identities by field name. */
    public record Extracted(RawRecord rest, Map<String, String> identities) {
        public Extracted {
            identities = Map.copyOf(identities);
        }

        @Override
        public String toString() {
            return "Extracted[" + rest + ", identities=" + identities.keySet() + "]";
        }
    }

    public Validated<Extracted> check(RawRecord record) {
        Map<String, String> rest = new HashMap<>(record.fields());
        Map<String, String> identities = new HashMap<>();
        for (String field : FIELDS) {
            String value = rest.remove(field);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!SHAPE.matcher(value.strip()).matches()) {
                return Validated.invalid("invalid-channel-identity", field);
            }
            identities.put(field, value.strip());
        }
        return Validated.valid(
                new Extracted(new RawRecord(record.channel(), record.sourceId(), rest, record.consents()), identities));
    }
}

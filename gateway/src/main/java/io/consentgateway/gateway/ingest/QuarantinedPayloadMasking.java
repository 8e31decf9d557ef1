package io.consentgateway.gateway.ingest;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.FieldClass;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.routes.channel.PlatformFieldMapping;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Shows a quarantined payload, in the channel's own field names, to people who must never see personal information
 * in clear (PRODUCT.md: integrators). A field the classification knows, through the channel's field mapping, is
 * masked by its rule; any other value is hidden whole, and a field name that is not a plain identifier is replaced,
 * since a rejected payload can carry anything anywhere. Only the consent evidence (known purposes with their yes or
 * no, the notice version) and a well-formed record id are shown as given: they are what an integrator fixes against.
 */
@Component
class QuarantinedPayloadMasking {

    static final String HIDDEN = "****";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern SOURCE_ID_SHAPE = Pattern.compile("[\\p{Alnum}._:\\-]{1,128}");
    private static final Pattern NOTICE_VERSION = Pattern.compile("[1-9][0-9]{0,5}");

    private final Classification classification;
    private final PurposeCatalogue purposes;
    private final Map<String, PlatformFieldMapping> mappings;

    QuarantinedPayloadMasking(Classification classification, PurposeCatalogue purposes, ChannelProperties channels) {
        this.classification = classification;
        this.purposes = purposes;
        this.mappings = channels.mappings();
    }

    Map<String, Object> mask(String channel, Map<String, Object> payload) {
        PlatformFieldMapping mapping = mappings.getOrDefault(channel, new PlatformFieldMapping(null, null));
        Map<String, Object> shown = new LinkedHashMap<>();
        Names names = new Names();
        payload.forEach((name, value) -> shown.put(names.shown(name), maskField(mapping, name, value)));
        return shown;
    }

    private Object maskField(PlatformFieldMapping mapping, String name, Object value) {
        if (value == null) {
            return null;
        }
        if (name.equals(mapping.sourceIdField())) {
            return isScalar(value)
                            && SOURCE_ID_SHAPE.matcher(String.valueOf(value)).matches()
                    ? String.valueOf(value)
                    : HIDDEN;
        }
        return switch (name) {
            case "consents" -> consents(value);
            case "noticeVersion" ->
                isScalar(value) && NOTICE_VERSION.matcher(String.valueOf(value)).matches() ? value : HIDDEN;
            case "guardian" -> guardian(value);
            default -> byClassification(ourName(mapping, name), value);
        };
    }

    private static Optional<String> ourName(PlatformFieldMapping mapping, String name) {
        if (mapping.fields().isEmpty()) {
            return Optional.of(name);
        }
        return Optional.ofNullable(mapping.fields().get(name));
    }

    private Object byClassification(Optional<String> field, Object value) {
        if (!isScalar(value)) {
            return HIDDEN;
        }
        return field.flatMap(classification::of)
                .map(FieldClass::masking)
                .map(rule -> (Object) rule.mask(String.valueOf(value)))
                .orElse(HIDDEN);
    }

    private Object consents(Object value) {
        if (!(value instanceof Map<?, ?> choices)) {
            return HIDDEN;
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        Names names = new Names();
        choices.forEach((purpose, granted) -> {
            String name = String.valueOf(purpose);
            boolean known = Purpose.isValidName(name)
                    && purposes.find(new Purpose(name)).isPresent();
            shown.put(known ? name : names.unnamed(), known && granted instanceof Boolean ? granted : HIDDEN);
        });
        return shown;
    }

    private Object guardian(Object value) {
        if (!(value instanceof Map<?, ?> given)) {
            return HIDDEN;
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        Names names = new Names();
        given.forEach((key, part) -> {
            String name = String.valueOf(key);
            Object masked = part == null
                    ? null
                    : switch (name) {
                        case "name", "idNumber" -> byClassification(Optional.of(name), part);
                        default -> HIDDEN;
                    };
            shown.put(names.shown(name), masked);
        });
        return shown;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /** Field names that are not plain identifiers could be personal data themselves: numbered instead. */
    private static final class Names {

        private int unnamed;

        String shown(String name) {
            return PLAIN_NAME.matcher(name).matches() ? name : unnamed();
        }

        String unnamed() {
            return "unnamed-field-" + ++unnamed;
        }
    }
}

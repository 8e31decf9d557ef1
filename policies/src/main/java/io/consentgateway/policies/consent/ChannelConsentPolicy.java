package io.consentgateway.policies.consent;

import io.consentgateway.policies.record.RawRecord;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a channel record carries consent for every consent-based purpose its channel processes for (a
 * purpose resting on another legal basis, such as the contract behind an order, needs none: PIPL Art. 13(2)).
 * Consent must be an explicit {@code true} in the record: absence is not consent (PIPL Art. 14, no pre-ticked choices), and a record
 * without it is refused before anything is stored (Art. 13).
 */
public final class ChannelConsentPolicy {

    private final Map<String, Set<Purpose>> requiredByChannel;
    private final PurposeCatalogue catalogue;

    /** @param catalogue tells which purposes rest on consent; the others (e.g. a contract) need no choice in the record */
    public ChannelConsentPolicy(Map<String, Set<Purpose>> requiredByChannel, PurposeCatalogue catalogue) {
        this.requiredByChannel = Map.copyOf(requiredByChannel);
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public ConsentDecision decide(RawRecord record) {
        Set<Purpose> required = requiredByChannel.get(record.channel());
        if (required == null) {
            return new ConsentDecision.Refused("no-purpose-registered:" + record.channel());
        }
        for (Purpose purpose : required.stream()
                .filter(this::restsOnConsent)
                .sorted(Comparator.comparing(Purpose::name))
                .toList()) {
            Boolean granted = record.consents().get(purpose.name());
            if (granted == null) {
                return new ConsentDecision.Refused("consent-missing:" + purpose.name());
            }
            if (!granted) {
                return new ConsentDecision.Refused("consent-declined:" + purpose.name());
            }
        }
        Set<Purpose> granted = new HashSet<>(required);
        record.consents().forEach((name, given) -> {
            if (Boolean.TRUE.equals(given)) {
                granted.add(new Purpose(name));
            }
        });
        return new ConsentDecision.Allowed(granted);
    }

    // An undefined purpose is treated as needing consent: the safe reading of a configuration mistake.
    private boolean restsOnConsent(Purpose purpose) {
        return catalogue
                .find(purpose)
                .map(definition -> definition.legalBasis().needsConsent())
                .orElse(true);
    }

    public Set<Purpose> requiredFor(String channel) {
        return Objects.requireNonNullElse(requiredByChannel.get(channel), Set.of());
    }
}

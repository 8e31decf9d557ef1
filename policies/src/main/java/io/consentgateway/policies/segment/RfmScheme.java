package io.consentgateway.policies.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An RFM tiering: tiers tried in order, the first whose bounds all hold wins, customers matching none are in
 * {@code otherwise}; customers without any order have no tier. The gateway evaluates the same rules in SQL, next to
 * the orders.
 */
public record RfmScheme(String name, List<RfmTierRule> tiers, String otherwise) {

    public RfmScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(otherwise, "otherwise");
        tiers = List.copyOf(tiers);
        Set<String> names = new HashSet<>();
        names.add(otherwise);
        for (RfmTierRule tier : tiers) {
            if (!names.add(tier.tier())) {
                throw new IllegalArgumentException("scheme " + name + " names tier " + tier.tier() + " twice");
            }
        }
    }

    public String tierOf(RfmFigures figures) {
        return tiers.stream()
                .filter(tier -> tier.matches(figures))
                .map(RfmTierRule::tier)
                .findFirst()
                .orElse(otherwise);
    }

    public List<String> tierNames() {
        return Stream.concat(tiers.stream().map(RfmTierRule::tier), Stream.of(otherwise))
                .toList();
    }
}

package io.consentgateway.policies.segment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tier of an RFM scheme: every bound that is set must hold (bounds are inclusive), e.g. high value = recency at
 * most 30 days, frequency at least 5, monetary at least 2000.00.
 */
public record RfmTierRule(
        String tier,
        Integer maxRecencyDays,
        Integer minRecencyDays,
        Integer minFrequency,
        Integer maxFrequency,
        BigDecimal minMonetary) {

    public RfmTierRule {
        Objects.requireNonNull(tier, "tier");
        if (!tier.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("a tier name is kebab-case: " + tier);
        }
        if (maxRecencyDays == null
                && minRecencyDays == null
                && minFrequency == null
                && maxFrequency == null
                && minMonetary == null) {
            throw new IllegalArgumentException("tier " + tier + " has no bound: it would catch everyone");
        }
    }

    public boolean matches(RfmFigures figures) {
        return (maxRecencyDays == null || figures.recencyDays() <= maxRecencyDays)
                && (minRecencyDays == null || figures.recencyDays() >= minRecencyDays)
                && (minFrequency == null || figures.frequency() >= minFrequency)
                && (maxFrequency == null || figures.frequency() <= maxFrequency)
                && (minMonetary == null || figures.monetary().compareTo(minMonetary) >= 0);
    }
}

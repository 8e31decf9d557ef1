package io.consentgateway.policies.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documents' value tiers, at their exact boundaries. */
class RfmSchemeTest {

    /** PRODUCT.md: high value R <= 30, F >= 5, M >= 2000; potential R <= 60, F >= 2, M >= 500; dormant R >= 180;
     * churn warning R >= 90, F <= 1. */
    static final RfmScheme VALUE = new RfmScheme(
            "value",
            List.of(
                    new RfmTierRule("high-value", 30, null, 5, null, new BigDecimal("2000.00")),
                    new RfmTierRule("potential", 60, null, 2, null, new BigDecimal("500.00")),
                    new RfmTierRule("dormant", null, 180, null, null, null),
                    new RfmTierRule("churn-warning", null, 90, null, 1, null)),
            "regular");

    @ParameterizedTest(name = "R={0} F={1} M={2} -> {3}")
    @CsvSource({
        "30, 5, 2000.00, high-value",
        "31, 5, 2000.00, potential",
        "30, 4, 2000.00, potential",
        "30, 5, 1999.99, potential",
        "60, 2, 500.00, potential",
        "61, 2, 500.00, regular",
        "60, 1, 500.00, regular",
        "60, 2, 499.99, regular",
        "89, 1, 10.00, regular",
        "90, 1, 10.00, churn-warning",
        "90, 2, 10.00, regular",
        "179, 0, 0.00, churn-warning",
        "180, 3, 9000.00, dormant"
    })
    void everyBoundaryFallsOnTheDocumentedSide(int recency, int frequency, String monetary, String tier) {
        assertThat(VALUE.tierOf(new RfmFigures(recency, frequency, new BigDecimal(monetary))))
                .isEqualTo(tier);
    }

    @Test
    void aTierWithoutBoundsOrANameTwiceIsRefused() {
        assertThatThrownBy(() -> new RfmTierRule("everyone", null, null, null, null, null))
                .hasMessageContaining("no bound");
        assertThatThrownBy(() ->
                        new RfmScheme("x", List.of(new RfmTierRule("regular", 30, null, null, null, null)), "regular"))
                .hasMessageContaining("twice");
    }

    @Test
    void ageBandsFollowTheAgeReachedThisYear() {
        assertThat(AgeBand.of(2008, 2026)).isEqualTo(AgeBand.FROM_18_TO_24);
        assertThat(AgeBand.of(2009, 2026)).isEqualTo(AgeBand.UNDER_18);
        assertThat(AgeBand.of(1971, 2026)).isEqualTo(AgeBand.FROM_55);
        assertThat(AgeBand.of(1972, 2026)).isEqualTo(AgeBand.FROM_45_TO_54);
    }
}

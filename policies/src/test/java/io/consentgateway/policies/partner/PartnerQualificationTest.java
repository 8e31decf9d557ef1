package io.consentgateway.policies.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.Purpose;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerQualificationTest {

    private static final Purpose MEMBERSHIP = new Purpose("membership");
    private static final Purpose MARKETING = new Purpose("marketing");
    private final LocalDate today = LocalDate.parse("2026-11-25");

    // PIPL Art. 23: data from a third party only under a reviewed agreement, for its purposes, while it runs.
    @Test
    void aReviewedCurrentPartnerIsAcceptedForItsPurposesOnly() {
        PartnerQualification partner = new PartnerQualification(
                "acme-loyalty",
                LocalDate.parse("2026-01-10"),
                "C-2026-007",
                Set.of(MEMBERSHIP),
                LocalDate.parse("2027-01-09"));

        assertThat(partner.refusal(Set.of(MEMBERSHIP), today)).isEmpty();
        assertThat(partner.refusal(Set.of(MEMBERSHIP, MARKETING), today))
                .contains("partner-purpose-not-allowed:marketing");
        assertThat(partner.refusal(Set.of(MEMBERSHIP), LocalDate.parse("2027-01-10")))
                .contains("partner-expired");
        assertThat(partner.refusal(Set.of(MEMBERSHIP), LocalDate.parse("2027-01-09")))
                .as("the expiry day itself still counts")
                .isEmpty();
    }

    @Test
    void anUnreviewedPartnerIsRefused() {
        PartnerQualification partner = new PartnerQualification(
                "new-partner", null, "C-2026-010", Set.of(MEMBERSHIP), LocalDate.parse("2027-12-31"));
        assertThat(partner.refusal(Set.of(MEMBERSHIP), today)).contains("partner-unreviewed");
    }
}

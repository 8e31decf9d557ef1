package io.consentgateway.policies.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentRequirementTest {

    private static final PurposeCatalogue CATALOGUE = PurposeCatalogue.standard();
    private static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 2);

    private final AssessmentRequirement requirement = new AssessmentRequirement(Classification.standard());
    private final PurposeActivation activation = new PurposeActivation(requirement);

    private static PurposeDefinition purpose(String name) {
        return CATALOGUE.find(new Purpose(name)).orElseThrow();
    }

    private static ImpactAssessment anAssessment(String purpose, AssessmentConclusion conclusion) {
        return new ImpactAssessment(
                new Purpose(purpose),
                "PIA-2026-01",
                ASSESSED_ON,
                "privacy office",
                conclusion,
                Optional.of("field encryption"),
                Optional.empty());
    }

    // PIPL Art. 55(1): processing sensitive personal information (membership keeps the ID number) needs an assessment.
    @Test
    void purposeUsingASensitiveFieldNeedsAnAssessment() {
        assertThat(requirement.triggers(purpose("membership"))).containsExactly(AssessmentTrigger.SENSITIVE_PI);
        assertThat(requirement.triggers(purpose("sensitive-pi"))).containsExactly(AssessmentTrigger.SENSITIVE_PI);
    }

    // PIPL Art. 55(2): automated decision-making (personalised marketing).
    @Test
    void personalisedPurposeNeedsAnAssessment() {
        assertThat(requirement.triggers(purpose("personalised-recommendation")))
                .containsExactly(AssessmentTrigger.AUTOMATED_DECISIONS);
    }

    // PIPL Art. 55(3)-(4): provision to another handler, and provision abroad.
    @Test
    void provisionToThirdPartiesAndAbroadNeedAnAssessment() {
        assertThat(requirement.triggers(purpose("third-party-provision")))
                .containsExactly(AssessmentTrigger.PROVISION_TO_THIRD_PARTIES);
        assertThat(requirement.triggers(purpose("cross-border")))
                .containsExactlyInAnyOrder(
                        AssessmentTrigger.PROVISION_TO_THIRD_PARTIES, AssessmentTrigger.CROSS_BORDER);
    }

    // PIPL Art. 55: general personal information for the handler's own ordinary processing needs none.
    @Test
    void ordinaryPurposesNeedNoAssessmentAndAreActiveByDefault() {
        for (String name : new String[] {"order-fulfilment", "marketing", "analytics"}) {
            assertThat(requirement.needsAssessment(purpose(name))).as(name).isFalse();
            assertThat(activation.state(purpose(name), Optional.empty(), Optional.empty()))
                    .as(name)
                    .isEqualTo(new ActivationState.Active());
        }
    }

    // PIPL Art. 55: the assessment comes before the processing.
    @Test
    void sensitivePurposeCannotBeActivatedWithoutAnAssessment() {
        assertThat(activation.activation(purpose("sensitive-pi"), Optional.empty()))
                .isEqualTo(new ActivationState.Inactive("assessment-missing"));
        assertThat(activation.state(purpose("sensitive-pi"), Optional.empty(), Optional.of(true)))
                .isEqualTo(new ActivationState.Inactive("assessment-missing"));
    }

    // PIPL Art. 55: an assessment that concluded against the processing does not allow it.
    @Test
    void rejectedAssessmentDoesNotActivate() {
        Optional<ImpactAssessment> rejected = Optional.of(anAssessment("cross-border", AssessmentConclusion.REJECTED));
        assertThat(activation.activation(purpose("cross-border"), rejected))
                .isEqualTo(new ActivationState.Inactive("assessment-rejected"));
        assertThat(activation.state(purpose("cross-border"), rejected, Optional.of(true)))
                .isEqualTo(new ActivationState.Inactive("assessment-rejected"));
    }

    // PIPL Art. 55: an approved assessment lets the handler put the purpose into operation, and only then.
    @Test
    void approvedAssessmentAllowsActivationWhichMakesThePurposeActive() {
        Optional<ImpactAssessment> approved =
                Optional.of(anAssessment("membership", AssessmentConclusion.APPROVED_WITH_MEASURES));
        assertThat(activation.activation(purpose("membership"), approved)).isEqualTo(new ActivationState.Active());
        assertThat(activation.state(purpose("membership"), approved, Optional.empty()))
                .isEqualTo(new ActivationState.Inactive("not-activated"));
        assertThat(activation.state(purpose("membership"), approved, Optional.of(true)))
                .isEqualTo(new ActivationState.Active());
        assertThat(activation.state(purpose("membership"), approved, Optional.of(false)))
                .isEqualTo(new ActivationState.Inactive("deactivated"));
    }

    // PIPL Art. 56: the report records what the handler committed to.
    @Test
    void approvalWithMeasuresMustNameTheMeasures() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ImpactAssessment(
                        new Purpose("membership"),
                        "PIA-1",
                        ASSESSED_ON,
                        "privacy office",
                        AssessmentConclusion.APPROVED_WITH_MEASURES,
                        Optional.empty(),
                        Optional.empty()))
                .withMessageContaining("measures");
    }
}

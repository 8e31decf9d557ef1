package io.consentgateway.gateway.records;

import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import io.consentgateway.policies.records.AssessmentConclusion;
import io.consentgateway.policies.records.AssessmentRequirement;
import io.consentgateway.policies.records.ImpactAssessment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Development only ({@code gateway.records.development-assessments}, off under the production profile): every
 * purpose that needs an impact assessment and has never had one gets an approving placeholder, reference
 * {@code DEVELOPMENT-ASSESSMENT-<purpose>}, and is activated, so the demo and the tests process as before. A real
 * deployment records its own assessments.
 */
@Component
class DevelopmentAssessments {

    static final String AUTHOR = "development-seed";
    private static final Logger log = LoggerFactory.getLogger(DevelopmentAssessments.class);

    private final boolean enabled;
    private final PurposeCatalogue catalogue;
    private final AssessmentRequirement requirement;
    private final AssessmentRegister register;
    private final PurposeStates states;
    private final Clock clock;

    DevelopmentAssessments(
            @Value("${gateway.records.development-assessments:false}") boolean enabled,
            PurposeCatalogue catalogue,
            AssessmentRequirement requirement,
            AssessmentRegister register,
            PurposeStates states,
            Clock clock) {
        this.enabled = enabled;
        this.catalogue = catalogue;
        this.requirement = requirement;
        this.register = register;
        this.states = states;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (!enabled) {
            return;
        }
        for (PurposeDefinition purpose : catalogue.all()) {
            if (requirement.needsAssessment(purpose) && !register.assessed(purpose.purpose())) {
                register.record(
                        new ImpactAssessment(
                                purpose.purpose(),
                                "DEVELOPMENT-ASSESSMENT-" + purpose.purpose(),
                                LocalDate.now(clock),
                                AUTHOR,
                                AssessmentConclusion.APPROVED_WITH_MEASURES,
                                Optional.of("Development placeholder, not a real assessment: record the handler's own"
                                        + " before processing real personal information."),
                                Optional.empty()),
                        AUTHOR);
                states.activate(purpose.purpose(), AUTHOR);
                log.warn("DEVELOPMENT MODE: placeholder impact assessment recorded for purpose {}", purpose.purpose());
            }
        }
    }
}

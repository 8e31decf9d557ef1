package io.consentgateway.policies.records;

import io.consentgateway.policies.consent.PurposeDefinition;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a purpose is in operation (PIPL Art. 55). A purpose that needs no assessment is active unless the handler
 * switched it off. One that needs an assessment is active only when switched on and its latest assessment approves
 * it: a later rejection takes it out of operation again.
 */
public final class PurposeActivation {

    private final AssessmentRequirement requirement;

    public PurposeActivation(AssessmentRequirement requirement) {
        this.requirement = Objects.requireNonNull(requirement, "requirement");
    }

    /**
     * @param latest the purpose's most recent assessment, if any
     * @param switchedOn the handler's last activation ({@code true}) or deactivation ({@code false}), if any
     */
    public ActivationState state(
            PurposeDefinition purpose, Optional<ImpactAssessment> latest, Optional<Boolean> switchedOn) {
        if (switchedOn.equals(Optional.of(false))) {
            return new ActivationState.Inactive("deactivated");
        }
        if (!requirement.needsAssessment(purpose)) {
            return new ActivationState.Active();
        }
        Optional<String> missing = assessmentProblem(latest);
        if (missing.isPresent()) {
            return new ActivationState.Inactive(missing.get());
        }
        return switchedOn.isPresent() ? new ActivationState.Active() : new ActivationState.Inactive("not-activated");
    }

    /** Whether the handler may switch the purpose on now; a refusal names why. */
    public ActivationState activation(PurposeDefinition purpose, Optional<ImpactAssessment> latest) {
        if (!requirement.needsAssessment(purpose)) {
            return new ActivationState.Active();
        }
        return assessmentProblem(latest)
                .<ActivationState>map(ActivationState.Inactive::new)
                .orElseGet(ActivationState.Active::new);
    }

    private static Optional<String> assessmentProblem(Optional<ImpactAssessment> latest) {
        if (latest.isEmpty()) {
            return Optional.of("assessment-missing");
        }
        return latest.get().conclusion().approves() ? Optional.empty() : Optional.of("assessment-rejected");
    }
}

package io.consentgateway.policies.records;

import io.consentgateway.policies.consent.PurposeDefinition;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a purpose is in operation (PIPL Art. 55). A purpose that needs no assessment is active unless the handler
 * switched it off. One that needs an assessment is active only when its latest assessment approves it and the
 * handler switched it on: a later rejection takes it out of operation again.
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
        boolean needsAssessment = requirement.needsAssessment(purpose);
        if (needsAssessment) {
            Optional<String> missing = assessmentProblem(latest);
            if (missing.isPresent()) {
                return new ActivationState.Inactive(missing.get());
            }
        }
        if (switchedOn.equals(Optional.of(false))) {
            return new ActivationState.Inactive("deactivated");
        }
        if (needsAssessment && switchedOn.isEmpty()) {
            return new ActivationState.Inactive("not-activated");
        }
        return new ActivationState.Active();
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

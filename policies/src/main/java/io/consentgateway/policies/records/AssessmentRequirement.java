package io.consentgateway.policies.records;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.DataClass;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeDefinition;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which purposes need a personal information protection impact assessment before processing (PIPL Art. 55): those
 * using a field the classification marks sensitive, personalised ones (automated decisions), per-recipient ones
 * (provision to another handler) and the transfer abroad.
 */
public final class AssessmentRequirement {

    /** The catalogue's purpose for provision abroad (PIPL Arts. 38-39). */
    public static final Purpose CROSS_BORDER = new Purpose("cross-border");

    private final Classification classification;

    public AssessmentRequirement(Classification classification) {
        this.classification = Objects.requireNonNull(classification, "classification");
    }

    /** Empty when the purpose needs no assessment. */
    public Set<AssessmentTrigger> triggers(PurposeDefinition purpose) {
        Set<AssessmentTrigger> triggers = EnumSet.noneOf(AssessmentTrigger.class);
        if (purpose.fields().stream().anyMatch(this::sensitive)) {
            triggers.add(AssessmentTrigger.SENSITIVE_PI);
        }
        if (purpose.personalised()) {
            triggers.add(AssessmentTrigger.AUTOMATED_DECISIONS);
        }
        if (purpose.perRecipient()) {
            triggers.add(AssessmentTrigger.PROVISION_TO_THIRD_PARTIES);
        }
        if (purpose.purpose().equals(CROSS_BORDER)) {
            triggers.add(AssessmentTrigger.CROSS_BORDER);
        }
        return Set.copyOf(triggers);
    }

    public boolean needsAssessment(PurposeDefinition purpose) {
        return !triggers(purpose).isEmpty();
    }

    public boolean sensitive(String field) {
        return classification
                .of(field)
                .map(found -> found.dataClass() == DataClass.SENSITIVE)
                .orElse(false);
    }
}

package io.consentgateway.gateway.records;

import io.consentgateway.gateway.records.ImpactAssessments.RecordedAssessment;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.records.ImpactAssessment;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records impact assessments of catalogue purposes (PIPL Arts. 55-56); none is ever changed or deleted here. */
@Service
class AssessmentRegister {

    private final ImpactAssessments assessments;
    private final PurposeCatalogue catalogue;
    private final PurposeStates states;
    private final Clock clock;

    AssessmentRegister(ImpactAssessments assessments, PurposeCatalogue catalogue, PurposeStates states, Clock clock) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.states = states;
        this.clock = clock;
    }

    @Transactional
    RecordedAssessment record(ImpactAssessment assessment, String by) {
        if (catalogue.find(assessment.purpose()).isEmpty()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "purpose", "No such purpose");
        }
        RecordedAssessment recorded = assessments.record(assessment, by, clock.instant());
        if (assessment.conclusion().approves()) {
            states.forget();
        } else {
            // the purpose leaves operation at once, and a later approval needs a deliberate activation
            states.deactivate(assessment.purpose(), by);
        }
        return recorded;
    }

    /** Whether any assessment of the purpose was ever recorded. */
    boolean assessed(Purpose purpose) {
        return assessments.latestByPurpose().containsKey(purpose);
    }

    List<RecordedAssessment> all() {
        return assessments.all();
    }
}

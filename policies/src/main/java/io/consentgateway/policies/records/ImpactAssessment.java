package io.consentgateway.policies.records;

import io.consentgateway.policies.consent.Purpose;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded personal information protection impact assessment of one purpose (PIPL Arts. 55-56).
 *
 * @param measures what the handler committed to; required when the conclusion is approved-with-measures
 * @param reviewBy when the assessment is to be looked at again, if the assessor set a date
 */
public record ImpactAssessment(
        Purpose purpose,
        String reference,
        LocalDate assessedOn,
        String author,
        AssessmentConclusion conclusion,
        Optional<String> measures,
        Optional<LocalDate> reviewBy) {

    public ImpactAssessment {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(reviewBy, "reviewBy");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an assessment has a reference");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("an assessment has an author");
        }
        if (conclusion == AssessmentConclusion.APPROVED_WITH_MEASURES
                && measures.filter(text -> !text.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("an approval with measures names the measures");
        }
        if (reviewBy.filter(date -> date.isBefore(assessedOn)).isPresent()) {
            throw new IllegalArgumentException("the review date is before the assessment");
        }
    }
}

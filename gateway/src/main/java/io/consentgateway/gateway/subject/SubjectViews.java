package io.consentgateway.gateway.subject;

import io.consentgateway.api.model.SourceRef;
import io.consentgateway.api.model.SubjectView;
import io.consentgateway.api.model.SubjectViewKind;
import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.masking.MaskingRule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Shapes a decrypted subject for the API: masked (the default) with each field's rule from the classification
 * file, or, for a permitted purpose, in full.
 */
@Component
class SubjectViews {

    /** Shown instead of a field whose subject was crypto-shredded: the value no longer exists anywhere. */
    static final String ERASED = "[erased]";

    private final Classification classification;

    SubjectViews(Classification classification) {
        this.classification = classification;
    }

    SubjectView masked(SubjectRecord subject) {
        if (subject.erased()) {
            return erased(subject, SubjectViewKind.MASKED);
        }
        return base(subject, SubjectViewKind.MASKED)
                .name(masked("name", subject.name()))
                .mobile(masked("mobile", subject.mobile()))
                .idNumber(masked("idNumber", subject.idNumber()))
                .birthDate(masked(
                        "birthDate",
                        subject.birthDate() == null ? null : subject.birthDate().toString()))
                .address(masked("address", subject.address()))
                .email(masked("email", subject.email()));
    }

    SubjectView full(SubjectRecord subject) {
        if (subject.erased()) {
            return erased(subject, SubjectViewKind.FULL);
        }
        return base(subject, SubjectViewKind.FULL)
                .name(subject.name())
                .mobile(subject.mobile())
                .idNumber(subject.idNumber())
                .birthDate(
                        subject.birthDate() == null ? null : subject.birthDate().toString())
                .address(subject.address())
                .email(subject.email());
    }

    /** Masked by the field's rule; a field the classification does not know is never shown. */
    private String masked(String field, String value) {
        MaskingRule rule =
                classification.of(field).map(fieldClass -> fieldClass.masking()).orElse(null);
        return rule == null ? null : rule.mask(value);
    }

    private static SubjectView erased(SubjectRecord subject, SubjectViewKind kind) {
        return base(subject, kind).name(ERASED).mobile(ERASED).idNumber(ERASED).birthDate(ERASED);
    }

    private static SubjectView base(SubjectRecord subject, SubjectViewKind kind) {
        return new SubjectView()
                .subjectId(subject.id())
                .view(kind)
                .erased(subject.erased())
                .gender(subject.gender() == null ? null : SubjectView.GenderEnum.fromValue(subject.gender()))
                .province(subject.province())
                .city(subject.city())
                .district(subject.district())
                .sources(subject.sources().stream()
                        .map(source -> new SourceRef(source.channel(), source.sourceId(), utc(source.receivedAt())))
                        .toList())
                .createdAt(utc(subject.createdAt()))
                .updatedAt(utc(subject.updatedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

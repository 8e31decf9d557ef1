package io.consentgateway.gateway.subject;

import io.consentgateway.api.model.SourceRef;
import io.consentgateway.api.model.SubjectView;
import io.consentgateway.api.model.SubjectViewKind;
import io.consentgateway.policies.masking.MaskingRule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Shapes a decrypted subject for the API: masked (the default) or, for a permitted purpose, in full. */
@Component
class SubjectViews {

    /** Shown instead of a field whose subject was crypto-shredded: the value no longer exists anywhere. */
    static final String ERASED = "[erased]";

    SubjectView masked(SubjectRecord subject) {
        if (subject.erased()) {
            return erased(subject, SubjectViewKind.MASKED);
        }
        return base(subject, SubjectViewKind.MASKED)
                .name(MaskingRule.PERSON_NAME.mask(subject.name()))
                .mobile(MaskingRule.MOBILE.mask(subject.mobile()))
                .idNumber(MaskingRule.ID_NUMBER.mask(subject.idNumber()))
                .birthDate(
                        subject.birthDate() == null
                                ? null
                                : String.valueOf(subject.birthDate().getYear()));
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
                        subject.birthDate() == null ? null : subject.birthDate().toString());
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

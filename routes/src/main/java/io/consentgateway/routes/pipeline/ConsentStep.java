package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.DataClass;
import io.consentgateway.policies.consent.ChannelConsentPolicy;
import io.consentgateway.policies.consent.ConsentDecision;
import io.consentgateway.policies.consent.ConsentDecision.Allowed;
import io.consentgateway.policies.consent.ConsentDecision.Refused;
import io.consentgateway.policies.consent.ConsentRecord;
import io.consentgateway.policies.consent.ProcessingDecision;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.SubjectFacts;
import io.consentgateway.policies.notice.Notice;
import io.consentgateway.policies.notice.NoticeHistory;
import io.consentgateway.policies.validation.ResidentIdNumber;
import io.consentgateway.policies.validation.ResidentIdNumberValidator;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.routes.pipeline.ConsentEvidence.Guardian;
import io.consentgateway.routes.pipeline.PipelineRecords.AdmittedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.CheckedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.ConsentTerms;
import io.consentgateway.routes.pipeline.PipelineRecords.RefusedRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pipeline step: admit a valid record only with a lawful basis for every purpose its channel processes for (PIPL
 * Arts. 13–14): explicit consent in the record, given under a notice that is still current for the purpose, by a
 * guardian when the person is under 14 (Art. 31), and separate consent when it carries sensitive personal
 * information (Art. 29). The decision itself is the policies' {@link ProcessingDecision}.
 */
public final class ConsentStep {

    private static final int ADULT_AGE = 18;
    /** The separate consent that sensitive personal information needs (PIPL Art. 29). */
    public static final Purpose SENSITIVE_PI = new Purpose("sensitive-pi");

    private final ChannelConsentPolicy channels;
    private final Classification classification;
    private final ProcessingDecision decision;
    private final NoticeHistorySource notices;
    private final ResidentIdNumberValidator idNumbers;
    private final PartnerRegistry partners;
    private final Clock clock;

    public ConsentStep(
            ChannelConsentPolicy channels,
            Classification classification,
            ProcessingDecision decision,
            NoticeHistorySource notices,
            ResidentIdNumberValidator idNumbers,
            PartnerRegistry partners,
            Clock clock) {
        this.channels = channels;
        this.classification = classification;
        this.decision = decision;
        this.notices = notices;
        this.idNumbers = idNumbers;
        this.partners = partners;
        this.clock = clock;
    }

    /** @return an {@link AdmittedRecord} or a {@link RefusedRecord} */
    public Object decide(CheckedRecord checked) {
        ChannelRecord record = checked.record();
        Optional<String> partnerRefusal = partnerRefusal(record.context());
        if (partnerRefusal.isPresent()) {
            return new RefusedRecord(record, partnerRefusal.get());
        }
        ConsentDecision inRecord = channels.decide(record.raw());
        if (inRecord instanceof Refused refused) {
            return new RefusedRecord(record, refused.reason());
        }
        NoticeHistory history = notices.history();
        int current = history.current().map(Notice::version).orElse(0);
        int version = record.evidence().noticeVersion().orElse(current);
        if (current == 0 || version > current || version < 1) {
            return new RefusedRecord(record, "unknown-notice-version");
        }
        Optional<Guardian> guardian = record.evidence().guardian();
        if (guardian.isPresent() && !isAdultIdentity(guardian.get())) {
            return new RefusedRecord(record, "guardian-invalid");
        }
        List<ConsentRecord> given = record.raw().consents().entrySet().stream()
                .map(choice -> new ConsentRecord(
                        new Purpose(choice.getKey()),
                        Optional.empty(),
                        choice.getValue(),
                        version,
                        record.context().receivedAt(),
                        guardian.isPresent()))
                .toList();
        Optional<LocalDate> birthDate = Optional.ofNullable(checked.profile().birthDate());
        SubjectFacts facts = new SubjectFacts(birthDate, false, Set.of());
        boolean minor = birthDate
                .map(date -> ProcessingDecision.isMinor(date, LocalDate.now(clock)))
                .orElse(false);
        List<Purpose> needed =
                new ArrayList<>(channels.requiredFor(record.context().channel()).stream()
                        .sorted(Comparator.comparing(Purpose::name))
                        .toList());
        // PIPL Arts. 28-29: sensitive fields, and everything about a child under 14, need separate consent.
        if (minor || carriesSensitiveFields(record)) {
            needed.add(SENSITIVE_PI);
        }
        for (Purpose purpose : needed) {
            if (decision.decide(purpose, Optional.empty(), given, facts, history) instanceof Refused refused) {
                return new RefusedRecord(record, refused.reason());
            }
        }
        return new AdmittedRecord(
                record,
                checked.profile(),
                checked.activity(),
                checked.channelIdentities(),
                ((Allowed) inRecord).purposes(),
                new ConsentTerms(version, guardian, minor));
    }

    private boolean carriesSensitiveFields(ChannelRecord record) {
        return record.raw().fields().keySet().stream()
                .flatMap(field -> classification.of(field).stream())
                .anyMatch(field -> field.dataClass() == DataClass.SENSITIVE);
    }

    private boolean isAdultIdentity(Guardian guardian) {
        Validated<ResidentIdNumber> id = idNumbers.validate("guardian.idNumber", guardian.idNumber());
        return guardian.name() != null
                && !guardian.name().isBlank()
                && id instanceof Validated.Valid<ResidentIdNumber> valid
                && !valid.value().birthDate().plusYears(ADULT_AGE).isAfter(LocalDate.now(clock));
    }

    // PIPL Arts. 13 and 23: a third party's feed only from a registered, reviewed partner, for its agreed purposes.
    private Optional<String> partnerRefusal(IngestContext context) {
        if (context.partner() == null) {
            return Optional.empty();
        }
        return partners.find(context.partner())
                .map(partner -> partner.refusal(
                        channels.requiredFor(context.channel()), LocalDate.ofInstant(clock.instant(), clock.getZone())))
                .orElse(Optional.of("partner-unknown"));
    }
}

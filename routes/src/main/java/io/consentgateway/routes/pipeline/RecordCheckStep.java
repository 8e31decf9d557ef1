package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.activity.ActivityCheck;
import io.consentgateway.policies.activity.ActivityCheck.Separated;
import io.consentgateway.policies.classification.FieldScreen;
import io.consentgateway.policies.classification.FieldScreen.Screened;
import io.consentgateway.policies.consent.ChannelConsentPolicy;
import io.consentgateway.policies.identity.ChannelIdentityCheck;
import io.consentgateway.policies.identity.ChannelIdentityCheck.Extracted;
import io.consentgateway.policies.record.MemberProfile;
import io.consentgateway.policies.record.MemberRecordCheck;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.routes.pipeline.PipelineRecords.CheckedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RejectedRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pipeline step: screen the fields against the channel's purposes (minimum collection), separate the activity
 * (order, sale, check-in) from the person, then normalise and validate both. A record the channel mapping already faulted is rejected as it is.
 */
public final class RecordCheckStep {

    private static final Logger log = LoggerFactory.getLogger(RecordCheckStep.class);

    private final FieldScreen screen;
    private final ChannelConsentPolicy channelPurposes;
    private final ActivityCheck activities;
    private final ChannelIdentityCheck identities = new ChannelIdentityCheck();
    private final MemberRecordCheck check;

    public RecordCheckStep(
            FieldScreen screen,
            ChannelConsentPolicy channelPurposes,
            ActivityCheck activities,
            MemberRecordCheck check) {
        this.screen = screen;
        this.channelPurposes = channelPurposes;
        this.activities = activities;
        this.check = check;
    }

    /** @return a {@link CheckedRecord} or a {@link RejectedRecord} */
    public Object check(ChannelRecord record) {
        if (record.mappingProblem().isPresent()) {
            return new RejectedRecord(record, record.mappingProblem().get());
        }
        Validated<Screened> screened = screen.screen(
                record.raw(), channelPurposes.requiredFor(record.context().channel()));
        if (screened instanceof Invalid<Screened> invalid) {
            return new RejectedRecord(record, invalid.rejection());
        }
        Screened passed = ((Validated.Valid<Screened>) screened).value();
        if (!passed.droppedFields().isEmpty()) {
            log.info(
                    "Dropped fields {} of record {} (channel {}): not permitted for its purposes",
                    passed.droppedFields(),
                    record.sourceId(),
                    record.context().channel());
        }
        Validated<Separated> separated = activities.check(passed.record());
        if (separated instanceof Invalid<Separated> invalid) {
            return new RejectedRecord(record, invalid.rejection());
        }
        Separated parts = ((Validated.Valid<Separated>) separated).value();
        Validated<Extracted> extracted = identities.check(parts.member());
        if (extracted instanceof Invalid<Extracted> invalid) {
            return new RejectedRecord(record, invalid.rejection());
        }
        Extracted person = ((Validated.Valid<Extracted>) extracted).value();
        Validated<MemberProfile> checked =
                check.check(person.rest(), !person.identities().isEmpty());
        if (checked instanceof Invalid<MemberProfile> invalid) {
            return new RejectedRecord(record, invalid.rejection());
        }
        return new CheckedRecord(
                record, ((Validated.Valid<MemberProfile>) checked).value(), parts.activity(), person.identities());
    }
}

package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.record.MemberProfile;
import io.consentgateway.policies.record.MemberRecordCheck;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.routes.pipeline.PipelineRecords.CheckedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RejectedRecord;

/** Pipeline step: normalise and validate a record; a record the channel mapping already faulted is rejected. */
public final class RecordCheckStep {

    private final MemberRecordCheck check;

    public RecordCheckStep(MemberRecordCheck check) {
        this.check = check;
    }

    /** @return a {@link CheckedRecord} or a {@link RejectedRecord} */
    public Object check(ChannelRecord record) {
        if (record.mappingProblem().isPresent()) {
            return new RejectedRecord(record, record.mappingProblem().get());
        }
        Validated<MemberProfile> checked = check.check(record.raw());
        if (checked instanceof Invalid<MemberProfile> invalid) {
            return new RejectedRecord(record, invalid.rejection());
        }
        return new CheckedRecord(record, ((Validated.Valid<MemberProfile>) checked).value());
    }
}

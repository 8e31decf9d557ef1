package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.consent.ChannelConsentPolicy;
import io.consentgateway.policies.consent.ConsentDecision;
import io.consentgateway.policies.consent.ConsentDecision.Allowed;
import io.consentgateway.policies.consent.ConsentDecision.Refused;
import io.consentgateway.routes.pipeline.PipelineRecords.AdmittedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.CheckedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RefusedRecord;

/** Pipeline step: admit a valid record only with consent for its channel's purposes (PIPL Arts. 13–14). */
public final class ConsentStep {

    private final ChannelConsentPolicy policy;

    public ConsentStep(ChannelConsentPolicy policy) {
        this.policy = policy;
    }

    /** @return an {@link AdmittedRecord} or a {@link RefusedRecord} */
    public Object decide(CheckedRecord checked) {
        ConsentDecision decision = policy.decide(checked.record().raw());
        if (decision instanceof Allowed allowed) {
            return new AdmittedRecord(checked.record(), checked.profile(), allowed.purposes());
        }
        return new RefusedRecord(checked.record(), ((Refused) decision).reason());
    }
}

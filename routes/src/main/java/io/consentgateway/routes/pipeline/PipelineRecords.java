package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.activity.Activity;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.record.MemberProfile;
import io.consentgateway.policies.validation.Rejection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The states a record passes through between pipeline steps; each step's bean turns one into the next. */
public final class PipelineRecords {

    private PipelineRecords() {}

    /** Normalised and valid, consent not yet checked. */
    public record CheckedRecord(
            ChannelRecord record,
            MemberProfile profile,
            Optional<Activity> activity,
            Map<String, String> channelIdentities) {
        public CheckedRecord {
            channelIdentities = Map.copyOf(channelIdentities);
        }
    }

    /** Invalid: goes to quarantine with the rejection as its reason. */
    public record RejectedRecord(ChannelRecord record, Rejection rejection) {
        public String reason() {
            return rejection.reason();
        }
    }

    /** Valid with consent for every purpose the channel processes for: may be stored. */
    public record AdmittedRecord(
            ChannelRecord record,
            MemberProfile profile,
            Optional<Activity> activity,
            Map<String, String> channelIdentities,
            Set<Purpose> purposes,
            ConsentTerms terms) {
        public AdmittedRecord {
            channelIdentities = Map.copyOf(channelIdentities);
            purposes = Set.copyOf(purposes);
        }
    }

    /** Under which notice version consent was given, whether by a guardian, and whether the subject is a minor. */
    public record ConsentTerms(int noticeVersion, Optional<ConsentEvidence.Guardian> guardian, boolean minor) {
        public boolean byGuardian() {
            return guardian.isPresent();
        }
    }

    /** No legal basis: counted with its reason, nothing about the person stored (PIPL Art. 13). */
    public record RefusedRecord(ChannelRecord record, String reason) {}
}

package io.consentgateway.policies.identity;

import static io.consentgateway.policies.identity.ProfileMergeRule.Effect.GAPS_FILLED;
import static io.consentgateway.policies.identity.ProfileMergeRule.Effect.OVERWRITTEN;
import static io.consentgateway.policies.identity.SourceTrust.FIRST_PARTY;
import static io.consentgateway.policies.identity.SourceTrust.PARTNER;
import static io.consentgateway.policies.identity.SourceTrust.TRANSACTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.Validated;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileMergeRuleTest {

    private final ProfileMergeRule rule = new ProfileMergeRule();

    @ParameterizedTest(name = "set by {0}, offered by {1} -> {2}")
    @CsvSource({
        "FIRST_PARTY, FIRST_PARTY, OVERWRITTEN",
        "FIRST_PARTY, TRANSACTION, GAPS_FILLED",
        "FIRST_PARTY, PARTNER, GAPS_FILLED",
        "TRANSACTION, FIRST_PARTY, OVERWRITTEN",
        "TRANSACTION, TRANSACTION, OVERWRITTEN",
        "TRANSACTION, PARTNER, GAPS_FILLED",
        "PARTNER, FIRST_PARTY, OVERWRITTEN",
        "PARTNER, PARTNER, OVERWRITTEN"
    })
    void theNewestSourceAtLeastAsTrustedWinsOthersOnlyFillGaps(
            SourceTrust setBy, SourceTrust offeredBy, ProfileMergeRule.Effect effect) {
        assertThat(rule.merge(setBy, offeredBy)).isEqualTo(effect);
    }

    @Test
    void partnerDataNeverOverwritesFirstPartyData() {
        assertThat(rule.merge(FIRST_PARTY, PARTNER)).isEqualTo(GAPS_FILLED);
        assertThat(rule.after(FIRST_PARTY, PARTNER)).isEqualTo(FIRST_PARTY);
        assertThat(rule.merge(rule.after(PARTNER, FIRST_PARTY), PARTNER)).isEqualTo(GAPS_FILLED);
    }

    @Test
    void anOrderReceiverDoesNotRenameAMemberButAMemberCorrectsAnOrderOnlyProfile() {
        assertThat(rule.merge(FIRST_PARTY, TRANSACTION)).isEqualTo(GAPS_FILLED);
        assertThat(rule.merge(TRANSACTION, FIRST_PARTY)).isEqualTo(OVERWRITTEN);
    }

    @Test
    void aUnionIdIsTakenOutOfTheRecordAndCheckedForShape() {
        ChannelIdentityCheck check = new ChannelIdentityCheck();
        RawRecord record = new RawRecord(
                "wechat", "o-1", Map.of("name", "小明", "wechatUnionId", " oUnion_1234567890abcdef "), Map.of());

        Validated<ChannelIdentityCheck.Extracted> extracted = check.check(record);

        ChannelIdentityCheck.Extracted value = ((Validated.Valid<ChannelIdentityCheck.Extracted>) extracted).value();
        assertThat(value.rest().fields()).containsOnlyKeys("name");
        assertThat(value.identities()).containsEntry("wechatUnionId", "oUnion_1234567890abcdef");
        assertThat(value.toString()).doesNotContain("oUnion");
        assertThat(check.check(new RawRecord("wechat", "o-2", Map.of("wechatUnionId", "short"), Map.of())))
                .isEqualTo(Validated.invalid("invalid-channel-identity", "wechatUnionId"));
    }
}

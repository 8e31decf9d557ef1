package io.consentgateway.policies.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.ConsentDecision.Allowed;
import io.consentgateway.policies.consent.ConsentDecision.Refused;
import io.consentgateway.policies.record.RawRecord;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelConsentPolicyTest {

    private static final Purpose MEMBERSHIP = new Purpose("membership");
    private static final Purpose MARKETING = new Purpose("marketing");
    private static final Purpose ORDER_FULFILMENT = new Purpose("order-fulfilment");

    private final ChannelConsentPolicy policy = new ChannelConsentPolicy(
            Map.of("web", Set.of(MEMBERSHIP), "taobao", Set.of(ORDER_FULFILMENT)), PurposeCatalogue.standard());

    private static RawRecord aWebRecordWithConsents(Map<String, Boolean> consents) {
        return new RawRecord("web", "s-1", Map.of("name", "张三"), consents);
    }

    // PIPL Art. 13: consent-based processing is blocked without a valid consent.
    @Test
    void recordWithoutConsentForTheChannelPurposeIsRefused() {
        assertThat(policy.decide(aWebRecordWithConsents(Map.of())))
                .isEqualTo(new Refused("consent-missing:membership"));
    }

    // PIPL Art. 14: consent is an explicit act; a declined choice is a refusal, never a default yes.
    @Test
    void explicitlyDeclinedConsentIsRefusedWithItsOwnReason() {
        assertThat(policy.decide(aWebRecordWithConsents(Map.of("membership", false))))
                .isEqualTo(new Refused("consent-declined:membership"));
    }

    // PIPL Art. 16: refusing a non-essential purpose (marketing) never blocks the essential one.
    @Test
    void decliningMarketingDoesNotBlockMembership() {
        assertThat(policy.decide(aWebRecordWithConsents(Map.of("membership", true, "marketing", false))))
                .isEqualTo(new Allowed(Set.of(MEMBERSHIP)));
    }

    @Test
    void grantedOptionalPurposesAreCarriedAlong() {
        assertThat(policy.decide(aWebRecordWithConsents(Map.of("membership", true, "marketing", true))))
                .isEqualTo(new Allowed(Set.of(MEMBERSHIP, MARKETING)));
    }

    @Test
    void aChannelWithoutRegisteredPurposesProcessesNothing() {
        assertThat(policy.decide(new RawRecord("fax", "s-1", Map.of(), Map.of("membership", true))))
                .isEqualTo(new Refused("no-purpose-registered:fax"));
    }

    // PIPL Art. 13(2): an order is processed to perform the contract; it carries no consent choice and needs none.
    @Test
    void anOrderChannelNeedsNoConsentChoiceForContractProcessing() {
        assertThat(policy.decide(new RawRecord("taobao", "tb-1", Map.of("name", "张三"), Map.of())))
                .isEqualTo(new Allowed(Set.of(ORDER_FULFILMENT)));
    }
}

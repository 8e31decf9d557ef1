package io.consentgateway.policies.consent;

import static io.consentgateway.policies.testing.Consents.CLOCK;
import static io.consentgateway.policies.testing.Consents.aGrant;
import static io.consentgateway.policies.testing.Consents.aGrantFor;
import static io.consentgateway.policies.testing.Consents.aNoticeCoveringEveryPurpose;
import static io.consentgateway.policies.testing.Consents.aWithdrawal;
import static io.consentgateway.policies.testing.Consents.aWithdrawalFor;
import static io.consentgateway.policies.testing.Consents.anAdult;
import static io.consentgateway.policies.testing.Consents.anAdultWhoOptedOutOfPersonalisedMarketing;
import static io.consentgateway.policies.testing.Consents.anAdultWhoRestricted;
import static io.consentgateway.policies.testing.Notices.historyOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.ConsentDecision.Allowed;
import io.consentgateway.policies.consent.ConsentDecision.Refused;
import io.consentgateway.policies.notice.NoticeHistory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessingDecisionTest {

    private static final NoticeHistory NOTICES = historyOf(aNoticeCoveringEveryPurpose(1));

    private final ProcessingDecision decision =
            new ProcessingDecision(PurposeCatalogue.standard(), ActivePurposes.all(), CLOCK);

    private ConsentDecision decide(String purpose, List<ConsentRecord> history, SubjectFacts facts) {
        return decision.decide(new Purpose(purpose), Optional.empty(), history, facts, NOTICES);
    }

    private ConsentDecision decideFor(String purpose, String recipient, List<ConsentRecord> history) {
        return decision.decide(new Purpose(purpose), Optional.of(recipient), history, anAdult(), NOTICES);
    }

    private static Allowed allowed(String purpose) {
        return new Allowed(Set.of(new Purpose(purpose)));
    }

    @Test
    void aPurposeOutsideTheCatalogueIsRefusedByName() {
        assertThat(decide("astrology", List.of(aGrant("astrology")), anAdult()))
                .isEqualTo(new Refused("unknown-purpose:astrology"));
    }

    // PIPL Art. 55: a purpose not in operation (e.g. awaiting its impact assessment) is refused even with consent.
    @Test
    void anInactivePurposeIsRefusedByNameEvenWithConsent() {
        ProcessingDecision sensitivePiInactive = new ProcessingDecision(
                PurposeCatalogue.standard(), purpose -> !purpose.name().equals("sensitive-pi"), CLOCK);
        assertThat(sensitivePiInactive.decide(
                        new Purpose("sensitive-pi"),
                        Optional.empty(),
                        List.of(aGrant("sensitive-pi")),
                        anAdult(),
                        NOTICES))
                .isEqualTo(new Refused("purpose-inactive:sensitive-pi"));
        assertThat(sensitivePiInactive.decide(
                        new Purpose("order-fulfilment"), Optional.empty(), List.of(), anAdult(), NOTICES))
                .isEqualTo(allowed("order-fulfilment"));
    }

    // PIPL Art. 13: processing on a basis other than consent needs none.
    @Test
    void contractBasisNeedsNoConsent() {
        assertThat(decide("order-fulfilment", List.of(), anAdult())).isEqualTo(allowed("order-fulfilment"));
    }

    // PIPL Art. 13: consent-based processing is blocked without a consent; separate consent is named as such.
    @Test
    void consentBasedProcessingWithoutAConsentIsRefused() {
        assertThat(decide("marketing", List.of(), anAdult())).isEqualTo(new Refused("consent-missing:marketing"));
        assertThat(decide("sensitive-pi", List.of(aGrant("membership")), anAdult()))
                .isEqualTo(new Refused("separate-consent-missing:sensitive-pi"));
    }

    @Test
    void aGrantedConsentAllowsThatPurposeOnly() {
        assertThat(decide("marketing", List.of(aGrant("marketing"), aGrant("analytics")), anAdult()))
                .isEqualTo(allowed("marketing"));
    }

    // PIPL Art. 16: refusing a non-essential purpose never blocks the essential ones.
    @Test
    void refusingAnalyticsDoesNotBlockOrderFulfilment() {
        List<ConsentRecord> history = List.of(aGrant("membership"), aGrant("analytics"), aWithdrawal("analytics"));

        assertThat(decide("analytics", history, anAdult())).isEqualTo(new Refused("consent-withdrawn:analytics"));
        assertThat(decide("order-fulfilment", history, anAdult())).isEqualTo(allowed("order-fulfilment"));
        assertThat(decide("membership", history, anAdult())).isEqualTo(allowed("membership"));
    }

    // PIPL Art. 44: a restricted purpose is refused whatever the consent or legal basis.
    @Test
    void restrictedPurposeIsRefused() {
        assertThat(decide("marketing", List.of(aGrant("marketing")), anAdultWhoRestricted("marketing")))
                .isEqualTo(new Refused("restricted:marketing"));
        assertThat(decide("order-fulfilment", List.of(), anAdultWhoRestricted("order-fulfilment")))
                .isEqualTo(new Refused("restricted:order-fulfilment"));
        assertThat(decide("membership", List.of(aGrant("membership")), anAdultWhoRestricted("marketing")))
                .isEqualTo(allowed("membership"));
    }

    // PIPL Art. 24: an opt-out of personalised marketing stops personalised purposes even with consent; other
    // marketing goes on.
    @Test
    void personalisedMarketingOptOutRefusesPersonalisedPurposes() {
        List<ConsentRecord> history = List.of(aGrant("personalised-recommendation"), aGrant("marketing"));
        SubjectFacts optedOut = anAdultWhoOptedOutOfPersonalisedMarketing();

        assertThat(decide("personalised-recommendation", history, optedOut))
                .isEqualTo(new Refused("personalised-marketing-opt-out"));
        assertThat(decide("marketing", history, optedOut)).isEqualTo(allowed("marketing"));
        assertThat(decide("personalised-recommendation", history, anAdult()))
                .isEqualTo(allowed("personalised-recommendation"));
    }

    // PIPL Art. 23: providing data to another handler needs a separate consent that names that recipient.
    @Test
    void thirdPartyProvisionNeedsSeparateConsentNamingTheRecipient() {
        List<ConsentRecord> history = List.of(aGrantFor("third-party-provision", "partner-a"));

        assertThat(decide("third-party-provision", history, anAdult()))
                .isEqualTo(new Refused("recipient-required:third-party-provision"));
        assertThat(decideFor("third-party-provision", "partner-a", history))
                .isEqualTo(allowed("third-party-provision"));
        assertThat(decideFor("third-party-provision", "partner-b", history))
                .isEqualTo(new Refused("separate-consent-missing:third-party-provision:partner-b"));
    }

    // PIPL Art. 23: a general consent (even one mentioning the partner) is not the separate consent provision needs.
    @Test
    void generalMarketingConsentDoesNotSatisfyThirdPartyProvision() {
        List<ConsentRecord> history = List.of(aGrant("marketing"), aGrantFor("marketing", "partner-a"));

        assertThat(decideFor("third-party-provision", "partner-a", history))
                .isEqualTo(new Refused("separate-consent-missing:third-party-provision:partner-a"));
    }

    // PIPL Art. 23: a provision consent that names no recipient covers none.
    @Test
    void aProvisionConsentNamingNoRecipientCoversNone() {
        assertThat(decideFor("third-party-provision", "partner-a", List.of(aGrant("third-party-provision"))))
                .isEqualTo(new Refused("separate-consent-missing:third-party-provision:partner-a"));
    }

    // PIPL Arts. 15, 23: withdrawing the consent for one recipient leaves the consent for another as it was.
    @Test
    void withdrawingForOneRecipientKeepsTheOthers() {
        List<ConsentRecord> history = List.of(
                aGrantFor("third-party-provision", "partner-a"),
                aGrantFor("third-party-provision", "partner-b"),
                aWithdrawalFor("third-party-provision", "partner-a"));

        assertThat(decideFor("third-party-provision", "partner-a", history))
                .isEqualTo(new Refused("consent-withdrawn:third-party-provision"));
        assertThat(decideFor("third-party-provision", "partner-b", history))
                .isEqualTo(allowed("third-party-provision"));
    }

    // PIPL Art. 39: a transfer abroad needs the subject's separate consent for that overseas recipient.
    @Test
    void crossBorderTransferNeedsSeparateConsentForThatRecipient() {
        List<ConsentRecord> history = List.of(aGrantFor("cross-border", "overseas-hq"), aGrant("membership"));

        assertThat(decideFor("cross-border", "overseas-hq", history)).isEqualTo(allowed("cross-border"));
        assertThat(decideFor("cross-border", "overseas-cloud", history))
                .isEqualTo(new Refused("separate-consent-missing:cross-border:overseas-cloud"));
    }

    @Test
    void forAPurposeWithoutRecipientsTheRecipientIsIgnored() {
        List<ConsentRecord> history = List.of(aGrantFor("marketing", "partner-a"));

        assertThat(decide("marketing", history, anAdult())).isEqualTo(allowed("marketing"));
        assertThat(decideFor("marketing", "partner-b", history)).isEqualTo(allowed("marketing"));
    }
}

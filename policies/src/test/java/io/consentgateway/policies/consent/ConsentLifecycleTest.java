package io.consentgateway.policies.consent;

import static io.consentgateway.policies.testing.Consents.CLOCK;
import static io.consentgateway.policies.testing.Consents.aGrant;
import static io.consentgateway.policies.testing.Consents.aGrantUnderNotice;
import static io.consentgateway.policies.testing.Consents.aWithdrawal;
import static io.consentgateway.policies.testing.Consents.anAdult;
import static io.consentgateway.policies.testing.Consents.anEntry;
import static io.consentgateway.policies.testing.Notices.aNotice;
import static io.consentgateway.policies.testing.Notices.aSection;
import static io.consentgateway.policies.testing.Notices.historyOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.ConsentDecision.Allowed;
import io.consentgateway.policies.consent.ConsentDecision.Refused;
import io.consentgateway.policies.notice.NoticeHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consent over time: withdrawal, notice changes, and which ledger entry is the latest. */
class ConsentLifecycleTest {

    private static final Allowed MARKETING_ALLOWED = new Allowed(Set.of(new Purpose("marketing")));

    private final ProcessingDecision decision =
            new ProcessingDecision(PurposeCatalogue.standard(), ActivePurposes.all(), CLOCK);

    private ConsentDecision decide(String purpose, List<ConsentRecord> history, NoticeHistory notices) {
        return decision.decide(new Purpose(purpose), Optional.empty(), history, anAdult(), notices);
    }

    /** v1 covers marketing and membership; v2 changes how marketing works and leaves membership as it was. */
    private static NoticeHistory marketingChangedInVersion2() {
        return historyOf(
                aNotice(1, aSection("marketing"), aSection("membership")),
                aNotice(2, aSection("marketing", "by SMS and WeChat messages"), aSection("membership")));
    }

    // PIPL Art. 15: one withdrawal and the next processing for that purpose is refused; the history is kept, and a
    // new grant allows it again.
    @Test
    void withdrawnConsentRefusesTheNextProcessingForThatPurpose() {
        NoticeHistory notices = historyOf(aNotice(1, aSection("marketing")));
        List<ConsentRecord> ledger = new ArrayList<>(List.of(aGrant("marketing")));
        assertThat(decide("marketing", ledger, notices)).isEqualTo(MARKETING_ALLOWED);

        ledger.add(aWithdrawal("marketing"));
        assertThat(decide("marketing", ledger, notices)).isEqualTo(new Refused("consent-withdrawn:marketing"));

        ledger.add(aGrantUnderNotice("marketing", 1, 1));
        assertThat(decide("marketing", ledger, notices)).isEqualTo(MARKETING_ALLOWED);
    }

    // PIPL Art. 14: consent given under a notice that has since materially changed for the purpose no longer counts;
    // processing waits for a consent given under the new notice.
    @Test
    void staleNoticeVersionBlocksProcessingUntilReconsent() {
        NoticeHistory notices = marketingChangedInVersion2();
        List<ConsentRecord> ledger = new ArrayList<>(List.of(aGrantUnderNotice("marketing", 1, 600)));
        assertThat(decide("marketing", ledger, notices)).isEqualTo(new Refused("consent-stale:marketing"));

        ledger.add(aGrantUnderNotice("marketing", 2, 5));
        assertThat(decide("marketing", ledger, notices)).isEqualTo(MARKETING_ALLOWED);
    }

    // PIPL Art. 14: a change in the methods of processing needs new consent.
    @Test
    void changingAPurposesMethodsMakesEarlierConsentsStale() {
        NoticeHistory before = historyOf(aNotice(1, aSection("marketing"), aSection("membership")));
        NoticeHistory after = marketingChangedInVersion2();
        List<ConsentRecord> ledger = List.of(aGrantUnderNotice("marketing", 1, 600));

        assertThat(before.materialChanges(after.version(2).orElseThrow())).containsOnlyKeys(new Purpose("marketing"));
        assertThat(decide("marketing", ledger, before)).isEqualTo(MARKETING_ALLOWED);
        assertThat(decide("marketing", ledger, after)).isEqualTo(new Refused("consent-stale:marketing"));
    }

    // PIPL Art. 14: new consent is needed only for what changed; consents to an unchanged purpose carry over.
    @Test
    void anUnchangedPurposeKeepsItsConsentsAcrossNoticeVersions() {
        List<ConsentRecord> ledger = List.of(aGrantUnderNotice("membership", 1, 600));

        assertThat(decide("membership", ledger, marketingChangedInVersion2()))
                .isEqualTo(new Allowed(Set.of(new Purpose("membership"))));
    }

    @Test
    void theLatestEntryByTimeDecidesWhateverTheLedgerOrder() {
        NoticeHistory notices = historyOf(aNotice(1, aSection("marketing")));
        ConsentRecord withdrawnAnHourAgo = aWithdrawal("marketing");
        ConsentRecord grantedADayAgo = aGrant("marketing");

        assertThat(decide("marketing", List.of(withdrawnAnHourAgo, grantedADayAgo), notices))
                .isEqualTo(new Refused("consent-withdrawn:marketing"));
    }

    @Test
    void ofEntriesAtTheSameInstantTheLaterInTheLedgerDecides() {
        NoticeHistory notices = historyOf(aNotice(1, aSection("marketing")));
        ConsentRecord grant = anEntry("marketing", Optional.empty(), true, 1, 30, false);
        ConsentRecord withdrawal = anEntry("marketing", Optional.empty(), false, 1, 30, false);

        assertThat(decide("marketing", List.of(grant, withdrawal), notices))
                .isEqualTo(new Refused("consent-withdrawn:marketing"));
        assertThat(decide("marketing", List.of(withdrawal, grant), notices)).isEqualTo(MARKETING_ALLOWED);
    }
}

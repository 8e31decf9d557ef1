package io.consentgateway.policies.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.Purpose;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractScopeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Purpose MARKETING = new Purpose("marketing");

    private final ContractScope scope = new ContractScope();

    static ProcessorContract anSmsVendorContract() {
        return new ProcessorContract(
                "sms-vendor",
                "processor-sms",
                "C-2026-017",
                Set.of(MARKETING),
                Set.of("name", "mobile"),
                TODAY.minusMonths(1),
                TODAY.plusMonths(11),
                null);
    }

    // PIPL Art. 21: within the term, for a contract purpose, on contract fields
    @Test
    void aRequestForContractFieldsAndPurposeWithinTheTermIsWithin() {
        assertThat(scope.decide(anSmsVendorContract(), MARKETING, List.of("mobile"), TODAY))
                .isEqualTo(new ContractDecision.Within());
    }

    // PIPL Art. 21
    @Test
    void aFieldOutsideTheContractIsRefusedNamingIt() {
        assertThat(scope.decide(anSmsVendorContract(), MARKETING, List.of("mobile", "idNumber"), TODAY))
                .isEqualTo(new ContractDecision.Outside("field-not-in-contract:idNumber"));
    }

    // PIPL Art. 21
    @Test
    void aPurposeOutsideTheContractIsRefusedNamingIt() {
        assertThat(scope.decide(anSmsVendorContract(), new Purpose("analytics"), List.of("mobile"), TODAY))
                .isEqualTo(new ContractDecision.Outside("purpose-not-in-contract:analytics"));
    }

    // PIPL Art. 21: the last day is still within; the day after is not
    @Test
    void theContractTermBoundsAccessInclusively() {
        ProcessorContract contract = anSmsVendorContract();

        assertThat(scope.decide(contract, MARKETING, List.of(), contract.validUntil()))
                .isEqualTo(new ContractDecision.Within());
        assertThat(scope.decide(
                        contract, MARKETING, List.of(), contract.validUntil().plusDays(1)))
                .isEqualTo(new ContractDecision.Outside("contract-expired"));
        assertThat(scope.decide(
                        contract, MARKETING, List.of(), contract.validFrom().minusDays(1)))
                .isEqualTo(new ContractDecision.Outside("contract-not-yet-valid"));
    }

    // PIPL Art. 21: termination ends access at once, whatever the term says
    @Test
    void aTerminatedContractGrantsNothing() {
        ProcessorContract c = anSmsVendorContract();
        ProcessorContract terminated = new ProcessorContract(
                c.name(),
                c.clientId(),
                c.contractReference(),
                c.purposes(),
                c.fields(),
                c.validFrom(),
                c.validUntil(),
                Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(scope.decide(terminated, MARKETING, List.of("mobile"), TODAY))
                .isEqualTo(new ContractDecision.Outside("contract-terminated"));
    }
}

package io.consentgateway.policies.processor;

import io.consentgateway.policies.consent.Purpose;
import java.time.LocalDate;
import java.util.Collection;

/**
 * PIPL Art. 21: a processor may process personal information only as agreed — within the contract's term, for its
 * purposes, on its fields — and not after the contract ended. Checks apply in this order and the first that fails
 * names the refusal: {@code contract-terminated}, {@code contract-not-yet-valid}, {@code contract-expired},
 * {@code purpose-not-in-contract:<p>}, {@code field-not-in-contract:<f>}.
 */
public final class ContractScope {

    public ContractDecision decide(
            ProcessorContract contract, Purpose purpose, Collection<String> fields, LocalDate today) {
        if (contract.terminated()) {
            return new ContractDecision.Outside("contract-terminated");
        }
        if (today.isBefore(contract.validFrom())) {
            return new ContractDecision.Outside("contract-not-yet-valid");
        }
        if (today.isAfter(contract.validUntil())) {
            return new ContractDecision.Outside("contract-expired");
        }
        if (!contract.purposes().contains(purpose)) {
            return new ContractDecision.Outside("purpose-not-in-contract:" + purpose.name());
        }
        return fields.stream()
                .filter(field -> !contract.fields().contains(field))
                .sorted()
                .findFirst()
                .<ContractDecision>map(field -> new ContractDecision.Outside("field-not-in-contract:" + field))
                .orElse(new ContractDecision.Within());
    }
}

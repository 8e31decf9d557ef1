package io.consentgateway.policies.processor;

/** Whether a processor's request lies within its contract, or the reason it does not. */
public sealed interface ContractDecision {

    record Within() implements ContractDecision {}

    /** @param reason e.g. {@code contract-expired} or {@code field-not-in-contract:idNumber} */
    record Outside(String reason) implements ContractDecision {}
}

package io.consentgateway.policies.processor;

import io.consentgateway.policies.consent.Purpose;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The contract under which a processor handles personal information on the handler's behalf (PIPL Art. 21): who it
 * is (its client), the purposes and fields it covers, and its term; {@code terminatedAt} when it was ended early.
 */
public record ProcessorContract(
        String name,
        String clientId,
        String contractReference,
        Set<Purpose> purposes,
        Set<String> fields,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant terminatedAt) {

    public ProcessorContract {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contractReference, "contractReference");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        purposes = Set.copyOf(purposes);
        fields = Set.copyOf(fields);
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a contract ends on or after the day it starts");
        }
    }

    public boolean terminated() {
        return terminatedAt != null;
    }
}

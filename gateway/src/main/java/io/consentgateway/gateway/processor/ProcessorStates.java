package io.consentgateway.gateway.processor;

import io.consentgateway.policies.processor.ContractEnd;
import io.consentgateway.policies.processor.ProcessorContract;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where a processor's contract stands now, and whether its deletion confirmation is owed or overdue. */
@Component
class ProcessorStates {

    enum Status {
        PENDING,
        ACTIVE,
        EXPIRED,
        TERMINATED
    }

    private final ContractEnd contractEnd;
    private final Clock clock;

    ProcessorStates(ContractEnd contractEnd, Clock clock) {
        this.contractEnd = contractEnd;
        this.clock = clock;
    }

    Status status(ProcessorContract contract) {
        LocalDate today = LocalDate.now(clock);
        if (contract.terminated()) {
            return Status.TERMINATED;
        }
        if (today.isBefore(contract.validFrom())) {
            return Status.PENDING;
        }
        return today.isAfter(contract.validUntil()) ? Status.EXPIRED : Status.ACTIVE;
    }

    Optional<Instant> owedSince(RegisteredProcessor processor) {
        return contractEnd.confirmationOwedSince(processor.contract(), clock.instant());
    }

    boolean overdue(RegisteredProcessor processor) {
        return processor.confirmation().isEmpty()
                && owedSince(processor)
                        .map(since -> contractEnd.overdue(since, clock.instant()))
                        .orElse(false);
    }
}

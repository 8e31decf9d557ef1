package io.consentgateway.policies.processor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * PIPL Art. 21: when the entrustment ends the processor returns or deletes the personal information. From the moment
 * a contract is terminated, or the day after it expires, a deletion confirmation is owed; unconfirmed past the grace
 * period it is overdue.
 */
public final class ContractEnd {

    private final Duration gracePeriod;
    private final ZoneId zone;

    /** @param zone where a contract's last day ends (the handler's time zone) */
    public ContractEnd(Duration gracePeriod, ZoneId zone) {
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("grace period must not be negative");
        }
        this.gracePeriod = gracePeriod;
        this.zone = zone;
    }

    /** Since when a deletion confirmation is owed; empty while the contract runs. */
    public Optional<Instant> confirmationOwedSince(ProcessorContract contract, Instant now) {
        if (contract.terminated()) {
            return Optional.of(contract.terminatedAt());
        }
        Instant expired = contract.validUntil().plusDays(1).atStartOfDay(zone).toInstant();
        return now.isBefore(expired) ? Optional.empty() : Optional.of(expired);
    }

    public boolean overdue(Instant owedSince, Instant now) {
        return now.isAfter(owedSince.plus(gracePeriod));
    }
}

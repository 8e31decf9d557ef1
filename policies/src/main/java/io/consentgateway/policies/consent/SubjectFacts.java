package io.consentgateway.policies.consent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a processing decision needs to know about the subject besides the consent ledger.
 *
 * @param birthDate to tell a child under 14 (PIPL Arts. 28, 31); unknown is treated as an adult
 * @param personalisedMarketingOptOut the subject refused personalised marketing (Art. 24)
 * @param restricted purposes the subject restricted or refused (Art. 44)
 */
public record SubjectFacts(
        Optional<LocalDate> birthDate, boolean personalisedMarketingOptOut, Set<Purpose> restricted) {

    public SubjectFacts {
        Objects.requireNonNull(birthDate, "birthDate");
        restricted = Set.copyOf(restricted);
    }
}

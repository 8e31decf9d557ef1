package io.consentgateway.policies.partner;

import io.consentgateway.policies.consent.Purpose;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the registry knows of a third party that provides personal information: whether its qualification was
 * reviewed, under which contract, for which purposes, until when. A feed is accepted only while all of that holds
 * (PIPL Arts. 13 and 23: the data must have reached the partner lawfully and be provided for the purposes agreed).
 *
 * @param reviewedOn when the partner's qualification was reviewed; null while it is not
 */
public record PartnerQualification(
        String name, LocalDate reviewedOn, String contractRef, Set<Purpose> allowedPurposes, LocalDate expiresOn) {

    public PartnerQualification {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contractRef, "contractRef");
        Objects.requireNonNull(expiresOn, "expiresOn");
        allowedPurposes = Set.copyOf(allowedPurposes);
    }

    /** @return why a feed for these purposes is refused today, or empty when it is accepted */
    public Optional<String> refusal(Set<Purpose> purposes, LocalDate today) {
        if (reviewedOn == null) {
            return Optional.of("partner-unreviewed");
        }
        if (today.isAfter(expiresOn)) {
            return Optional.of("partner-expired");
        }
        return purposes.stream()
                .filter(purpose -> !allowedPurposes.contains(purpose))
                .min(Comparator.comparing(Purpose::name))
                .map(purpose -> "partner-purpose-not-allowed:" + purpose.name());
    }
}

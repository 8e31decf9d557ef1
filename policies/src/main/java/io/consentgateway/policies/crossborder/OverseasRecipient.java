package io.consentgateway.policies.crossborder;

import io.consentgateway.policies.consent.Purpose;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A registered recipient abroad (PIPL Arts. 38-39): where it is, the mechanism the transfer rests on and until when,
 * the fields it may receive and the purpose whose separate per-recipient consent each transfer needs.
 */
public record OverseasRecipient(
        String name,
        String country,
        TransferMechanism mechanism,
        String reference,
        LocalDate validUntil,
        Set<String> fields,
        Purpose purpose) {

    public OverseasRecipient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(purpose, "purpose");
        fields = Set.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a recipient receives at least one field");
        }
    }

    /** The mechanism still covers transfers on {@code day} (its last valid day included). */
    public boolean validOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}

package io.consentgateway.policies.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A legal hold on a subject's records (PIPL Art. 47), open-ended or until a date (inclusive). */
public record LegalHold(Optional<LocalDate> until) {

    public LegalHold {
        Objects.requireNonNull(until, "until");
    }

    public boolean inForceOn(LocalDate day) {
        return until.map(last -> !last.isBefore(day)).orElse(true);
    }
}

package io.consentgateway.routes.pipeline;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What happened to one record. {@code reason} is set for quarantined and refused records and names the field or
 * purpose; {@code subjectId} is set for stored records and duplicates of them. A duplicate of a record still waiting
 * in quarantine has reason {@code already-quarantined} and no subject.
 */
public record IngestOutcome(String sourceId, OutcomeKind kind, Optional<String> reason, Optional<UUID> subjectId) {

    public IngestOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    public static IngestOutcome stored(String sourceId, UUID subjectId) {
        return new IngestOutcome(sourceId, OutcomeKind.STORED, Optional.empty(), Optional.of(subjectId));
    }

    public static IngestOutcome duplicate(String sourceId, UUID subjectId) {
        return new IngestOutcome(sourceId, OutcomeKind.DUPLICATE, Optional.empty(), Optional.of(subjectId));
    }

    public static IngestOutcome duplicateOfQuarantined(String sourceId) {
        return new IngestOutcome(sourceId, OutcomeKind.DUPLICATE, Optional.of("already-quarantined"), Optional.empty());
    }

    public static IngestOutcome quarantined(String sourceId, String reason) {
        return new IngestOutcome(sourceId, OutcomeKind.QUARANTINED, Optional.of(reason), Optional.empty());
    }

    public static IngestOutcome refused(String sourceId, String reason) {
        return new IngestOutcome(sourceId, OutcomeKind.REFUSED, Optional.of(reason), Optional.empty());
    }
}

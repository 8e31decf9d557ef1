package io.consentgateway.gateway.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A subject decrypted for one read. Holds personal data in clear: never logged ({@link #toString} redacts). When the
 * subject was crypto-shredded, {@code erased} is true and every encrypted field is null.
 */
record SubjectRecord(
        UUID id,
        boolean erased,
        String name,
        String mobile,
        String idNumber,
        LocalDate birthDate,
        String gender,
        String province,
        String city,
        String district,
        String address,
        String email,
        List<Source> sources,
        Instant createdAt,
        Instant updatedAt) {

    record Source(String channel, String sourceId, Instant receivedAt) {}

    @Override
    public String toString() {
        return "SubjectRecord[id=" + id + ", redacted]";
    }
}

package io.consentgateway.gateway.ingest;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuarantinedRecordRepository extends JpaRepository<QuarantinedRecord, UUID> {

    List<QuarantinedRecord> findByKekIdNot(String kekId, Limit limit);

    boolean existsByChannelAndSourceIdAndPayloadDigestAndStatus(
            String channel, String sourceId, String payloadDigest, String status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from QuarantinedRecord q where q.id = :id")
    Optional<QuarantinedRecord> findForUpdate(UUID id);

    /** @return 1 when the entry was still open, 0 when another replay or a discard got there first */
    @Modifying(flushAutomatically = true)
    @Query("update QuarantinedRecord q set q.status = 'replayed', q.closedAt = :at, q.closedBy = :by"
            + " where q.id = :id and q.status = 'open'")
    int closeAsReplayed(UUID id, String by, Instant at);
}

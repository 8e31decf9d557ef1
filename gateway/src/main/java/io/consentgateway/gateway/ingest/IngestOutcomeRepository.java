package io.consentgateway.gateway.ingest;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IngestOutcomeRepository extends JpaRepository<IngestOutcomeRow, Long> {

    /** @param quarantineStatus for quarantined records, their entry's status (null for any other outcome) */
    record OutcomeCount(String channel, String outcome, String quarantineStatus, long count) {}

    /**
     * Each received record once, with its final outcome: rows superseded by a replay are not counted. One statement,
     * so the quarantine backlog is read from the same snapshot as the counts it is part of.
     */
    @Query("select new io.consentgateway.gateway.ingest.IngestOutcomeRepository$OutcomeCount(o.channel, o.outcome,"
            + " q.status, count(o)) from IngestOutcomeRow o left join QuarantinedRecord q on q.id = o.quarantineId"
            + " where o.supersededBy is null group by o.channel, o.outcome, q.status")
    List<OutcomeCount> countByChannelAndOutcome();

    boolean existsByQuarantineIdAndSupersededByIsNull(UUID entry);

    /** @return 1 when the entry's quarantined row was still current, 0 when another replay got there first */
    @Modifying(flushAutomatically = true)
    @Query("update IngestOutcomeRow o set o.supersededBy = :replay"
            + " where o.quarantineId = :entry and o.supersededBy is null")
    int supersede(UUID entry, long replay);
}

package io.consentgateway.gateway.ingest;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IngestOutcomeRepository extends JpaRepository<IngestOutcomeRow, Long> {

    record OutcomeCount(String channel, String outcome, long count) {}

    @Query("select new io.consentgateway.gateway.ingest.IngestOutcomeRepository$OutcomeCount(o.channel, o.outcome,"
            + " count(o)) from IngestOutcomeRow o group by o.channel, o.outcome")
    List<OutcomeCount> countByChannelAndOutcome();
}

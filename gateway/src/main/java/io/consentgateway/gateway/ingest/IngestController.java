package io.consentgateway.gateway.ingest;

import io.consentgateway.api.IngestApi;
import io.consentgateway.api.model.ChannelQuality;
import io.consentgateway.api.model.ChannelStats;
import io.consentgateway.api.model.IngestReceipt;
import io.consentgateway.api.model.RecordOutcome;
import io.consentgateway.routes.pipeline.IngestOutcome;
import io.consentgateway.routes.pipeline.IngestSummary;
import io.consentgateway.routes.pipeline.OutcomeKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IngestController implements IngestApi {

    private final ChannelIngest ingest;
    private final IngestOutcomeRepository ledger;
    private final DataQualityReport quality;

    IngestController(ChannelIngest ingest, IngestOutcomeRepository ledger, DataQualityReport quality) {
        this.ingest = ingest;
        this.ledger = ledger;
        this.quality = quality;
    }

    @Override
    public ResponseEntity<List<ChannelQuality>> getDataQuality(OffsetDateTime since) {
        return ResponseEntity.ok(quality.since(since == null ? null : since.toInstant()));
    }

    @Override
    public ResponseEntity<IngestReceipt> ingestRecords(
            String channel, List<Map<String, Object>> records, String partner) {
        IngestSummary summary = ingest.deliver(channel, partner, records);
        IngestReceipt receipt = new IngestReceipt()
                .channel(channel)
                .received(summary.received())
                .stored(summary.count(OutcomeKind.STORED))
                .duplicate(summary.count(OutcomeKind.DUPLICATE))
                .quarantined(summary.count(OutcomeKind.QUARANTINED))
                .refused(summary.count(OutcomeKind.REFUSED))
                .outcomes(
                        summary.outcomes().stream().map(IngestController::toApi).toList());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt);
    }

    @Override
    public ResponseEntity<List<ChannelStats>> getIngestStats() {
        Map<String, ChannelStats> byChannel = new TreeMap<>();
        for (IngestOutcomeRepository.OutcomeCount count : ledger.countByChannelAndOutcome()) {
            ChannelStats stats = byChannel.computeIfAbsent(
                    count.channel(), channel -> new ChannelStats(channel, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
            stats.setReceived(stats.getReceived() + count.count());
            switch (OutcomeKind.valueOf(count.outcome().toUpperCase(Locale.ROOT))) {
                case STORED -> stats.setStored(count.count());
                case DUPLICATE -> stats.setDuplicate(count.count());
                case QUARANTINED -> {
                    stats.setQuarantined(stats.getQuarantined() + count.count());
                    if (QuarantineEntryStatus.DISCARDED.label().equals(count.quarantineStatus())) {
                        stats.setDiscarded(count.count());
                    } else {
                        stats.setQuarantineOpen(stats.getQuarantineOpen() + count.count());
                    }
                }
                case REFUSED -> stats.setRefused(count.count());
            }
        }
        return ResponseEntity.ok(List.copyOf(byChannel.values()));
    }

    private static RecordOutcome toApi(IngestOutcome outcome) {
        return new RecordOutcome(
                        RecordOutcome.OutcomeEnum.fromValue(outcome.kind().label()))
                .sourceId(outcome.sourceId())
                .reason(outcome.reason().orElse(null))
                .subjectId(outcome.subjectId().orElse(null));
    }
}

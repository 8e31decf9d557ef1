package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.routes.pipeline.IngestOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Fix and replay: the sealed payload is opened, the integrator's corrections applied (a null removes the field), and
 * the record delivered through its channel's full route again, from the partner that first provided it. The entry
 * is closed in the same transaction as the replay's outcome ({@link ReplayedEntries}).
 */
@Service
class QuarantineReplay {

    private static final int LONGEST_FIELD_NAME = 128;

    private final QuarantinedRecordRepository quarantine;
    private final IngestOutcomeRepository ledger;
    private final QuarantinedPayloads payloads;
    private final QuarantineSearch search;
    private final ChannelIngest ingest;
    private final ChannelProperties channels;

    QuarantineReplay(
            QuarantinedRecordRepository quarantine,
            IngestOutcomeRepository ledger,
            QuarantinedPayloads payloads,
            QuarantineSearch search,
            ChannelIngest ingest,
            ChannelProperties channels) {
        this.quarantine = quarantine;
        this.ledger = ledger;
        this.payloads = payloads;
        this.search = search;
        this.ingest = ingest;
        this.channels = channels;
    }

    QuarantineEntryState replay(UUID id, Map<String, Object> corrections) {
        corrections.keySet().forEach(QuarantineReplay::checkFieldName);
        QuarantinedRecord record = quarantine.findById(id).orElseThrow(QuarantineReview::notFound);
        if (record.status() != QuarantineEntryStatus.OPEN) {
            throw new QuarantineEntryClosed();
        }
        ChannelProperties.Channel channel = channels.channels().get(record.channel());
        if (channel != null && channel.partnerFeed() && record.partner().isEmpty()) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT,
                    "partner",
                    "The entry does not name the partner that provided it; deliver the fixed record again instead");
        }
        // counts stay true only if the replay's outcome can take the place of the entry's own ledger row
        if (!ledger.existsByQuarantineIdAndSupersededByIsNull(id)) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT,
                    "entryId",
                    "The entry has no row in the outcome ledger to replace; deliver the fixed record again instead");
        }
        Map<String, Object> payload = new LinkedHashMap<>(payloads.open(record));
        corrections.forEach((field, value) -> {
            if (value == null) {
                payload.remove(field);
            } else {
                payload.put(field, value);
            }
        });
        IngestOutcome outcome = ingest.replay(record.channel(), record.partner().orElse(null), payload, id);
        return search.find(id)
                .orElseThrow(QuarantineReview::notFound)
                .withReplaySubject(outcome.subjectId().orElse(null));
    }

    private static void checkFieldName(String field) {
        if (field.isBlank() || field.length() > LONGEST_FIELD_NAME) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "fields", "Correction field names are 1 to 128 characters");
        }
    }
}

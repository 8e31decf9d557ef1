package io.consentgateway.gateway.ingest;

import io.consentgateway.api.QuarantineApi;
import io.consentgateway.api.model.QuarantineCorrections;
import io.consentgateway.api.model.QuarantineDiscard;
import io.consentgateway.api.model.QuarantineEntry;
import io.consentgateway.api.model.QuarantineEntryDetail;
import io.consentgateway.api.model.QuarantineEntryPage;
import io.consentgateway.api.model.QuarantineStatus;
import io.consentgateway.api.model.RecordOutcome;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Quarantine review for integrators (permissions {@code quarantine:*}, checked from the spec). */
@RestController
class QuarantineController implements QuarantineApi {

    private final QuarantineSearch search;
    private final QuarantineReview review;
    private final QuarantineReplay replays;

    QuarantineController(QuarantineSearch search, QuarantineReview review, QuarantineReplay replays) {
        this.search = search;
        this.review = review;
        this.replays = replays;
    }

    @Override
    public ResponseEntity<QuarantineEntryPage> listQuarantine(
            String channel, String reason, QuarantineStatus status, String sourceId, Integer page, Integer size) {
        QuarantineQuery query = new QuarantineQuery(
                blankToNull(channel),
                blankToNull(reason),
                status == null ? null : QuarantineEntryStatus.fromLabel(status.getValue()),
                blankToNull(sourceId));
        return ResponseEntity.ok(new QuarantineEntryPage(
                search.page(query, page, size).stream()
                        .map(QuarantineController::toApi)
                        .toList(),
                page,
                size,
                search.count(query)));
    }

    @Override
    public ResponseEntity<QuarantineEntryDetail> getQuarantineEntry(UUID entryId) {
        QuarantineReview.Inspection inspection = review.inspect(entryId);
        QuarantineEntry entry = toApi(inspection.entry());
        return ResponseEntity.ok(new QuarantineEntryDetail(
                        entry.getEntryId(),
                        entry.getChannel(),
                        entry.getReason(),
                        entry.getQuarantinedAt(),
                        entry.getStatus())
                .sourceId(entry.getSourceId())
                .partner(entry.getPartner())
                .closedAt(entry.getClosedAt())
                .closedBy(entry.getClosedBy())
                .discardReason(entry.getDiscardReason())
                .replayOutcome(entry.getReplayOutcome())
                .requarantinedAs(entry.getRequarantinedAs())
                .payload(inspection.maskedPayload().orElse(null)));
    }

    @Override
    public ResponseEntity<QuarantineEntry> replayQuarantineEntry(UUID entryId, QuarantineCorrections corrections) {
        Map<String, Object> fields =
                corrections == null || corrections.getFields() == null ? Map.of() : corrections.getFields();
        return ResponseEntity.ok(toApi(replays.replay(entryId, fields)));
    }

    @Override
    public ResponseEntity<QuarantineEntry> discardQuarantineEntry(UUID entryId, QuarantineDiscard discard) {
        return ResponseEntity.ok(toApi(review.discard(entryId, discard.getReason())));
    }

    private static QuarantineEntry toApi(QuarantineEntryState entry) {
        QuarantineEntry api = new QuarantineEntry(
                        entry.id(),
                        entry.channel(),
                        entry.reason(),
                        utc(entry.quarantinedAt()),
                        QuarantineStatus.fromValue(entry.status().label()))
                .sourceId(entry.sourceId())
                .partner(entry.partner())
                .closedAt(utc(entry.closedAt()))
                .closedBy(entry.closedBy())
                .discardReason(entry.discardReason());
        entry.replay()
                .ifPresent(replay -> api.replayOutcome(new RecordOutcome(RecordOutcome.OutcomeEnum.fromValue(
                                        replay.kind().label()))
                                .sourceId(replay.sourceId())
                                .reason(replay.reason())
                                .subjectId(replay.subjectId()))
                        .requarantinedAs(replay.requarantinedAs()));
        return api;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package io.consentgateway.gateway.segment;

import io.consentgateway.api.SegmentsApi;
import io.consentgateway.api.model.Segment;
import io.consentgateway.api.model.SegmentDefinition;
import io.consentgateway.api.model.SegmentExportReceipt;
import io.consentgateway.api.model.SegmentExportRequest;
import io.consentgateway.api.model.SegmentMember;
import io.consentgateway.api.model.SegmentMembers;
import io.consentgateway.api.model.SegmentSummary;
import io.consentgateway.api.model.SubjectViewKind;
import io.consentgateway.api.model.TagRefreshResult;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.subject.SubjectFields;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.record.MemberRecordCheck;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * Segments by role (PIPL Art. 51, least privilege): operations see member rows masked, administrators in full with a
 * declared purpose (logged), analysts aggregates with small groups suppressed; nobody else reaches them.
 */
@RestController
class SegmentController implements SegmentsApi {

    static final int SMALLEST_GROUP_SHOWN = 5;
    private static final String FULL_VIEW_PERMISSION = "segment:read:full";

    private final Segments segments;
    private final SegmentMembership membership;
    private final TagRefresh tags;
    private final SegmentExports exports;
    private final SubjectFields subjectFields;
    private final PurposeCatalogue purposes;
    private final CurrentCaller caller;
    private final AuditTrail trail;
    private final Clock clock;

    SegmentController(
            Segments segments,
            SegmentMembership membership,
            TagRefresh tags,
            SegmentExports exports,
            SubjectFields subjectFields,
            PurposeCatalogue purposes,
            CurrentCaller caller,
            AuditTrail trail,
            Clock clock) {
        this.segments = segments;
        this.membership = membership;
        this.tags = tags;
        this.exports = exports;
        this.subjectFields = subjectFields;
        this.purposes = purposes;
        this.caller = caller;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<TagRefreshResult> refreshTags() {
        int tagged = tags.refresh();
        return ResponseEntity.ok(new TagRefreshResult(tagged, clock.instant().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public ResponseEntity<List<Segment>> listSegments() {
        return ResponseEntity.ok(segments.all());
    }

    @Override
    public ResponseEntity<Segment> createSegment(SegmentDefinition definition) {
        return ResponseEntity.status(HttpStatus.CREATED).body(segments.create(definition, caller.name()));
    }

    @Override
    public ResponseEntity<Segment> getSegment(UUID segmentId) {
        return ResponseEntity.ok(segments.get(segmentId));
    }

    @Override
    public ResponseEntity<Segment> updateSegment(UUID segmentId, SegmentDefinition definition) {
        return ResponseEntity.ok(segments.update(segmentId, definition, caller.name()));
    }

    @Override
    public ResponseEntity<Void> deleteSegment(UUID segmentId) {
        segments.delete(segmentId);
        return ResponseEntity.noContent().build();
    }

    // PIPL Arts. 5-6 and 51: only the fields the purpose may use, masked unless an administrator declares why.
    @Override
    public ResponseEntity<SegmentMembers> getSegmentMembers(
            UUID segmentId, SubjectViewKind view, String accessPurpose, Integer page, Integer size) {
        boolean full = view == SubjectViewKind.FULL;
        if (full) {
            caller.requireFullView(FULL_VIEW_PERMISSION, accessPurpose);
        }
        Segment segment = segments.get(segmentId);
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 50 : size;
        SegmentMembership.Page members = membership.members(segment, pageNumber, pageSize);
        Set<String> fields = purposeFields(segment);
        List<SegmentMember> rows = members.members().stream()
                .map(member -> new SegmentMember(member.subjectId(), subjectFields.of(member.subjectId(), fields, full))
                        .valueTier(member.valueTier())
                        .lifecycleTier(member.lifecycleTier()))
                .toList();
        if (full) {
            trail.recordAdmin(
                    AuditAction.SEGMENT_READ_FULL,
                    accessPurpose,
                    "segment " + segmentId + " page " + pageNumber + ": " + rows.size() + " members, fields "
                            + new java.util.TreeSet<>(fields));
        }
        return ResponseEntity.ok(new SegmentMembers(
                segmentId,
                segment.getPurpose(),
                full ? SubjectViewKind.FULL : SubjectViewKind.MASKED,
                members.total(),
                pageNumber,
                pageSize,
                rows));
    }

    @Override
    public ResponseEntity<SegmentExportReceipt> exportSegment(UUID segmentId, SegmentExportRequest request) {
        Segment segment = segments.get(segmentId);
        return ResponseEntity.ok(exports.export(segment, request.getDestination(), purposeFields(segment)));
    }

    @Override
    public ResponseEntity<SegmentSummary> getSegmentSummary(UUID segmentId) {
        Segment segment = segments.get(segmentId);
        Map<String, Long> byValueTier = membership.countsBy(segment, "value_tier");
        // every member is in exactly one value-tier group ("unknown" included): no separate count query
        long total = byValueTier.values().stream().mapToLong(Long::longValue).sum();
        long[] suppressed = {0};
        SegmentSummary summary = new SegmentSummary(
                segmentId,
                segment.getPurpose(),
                SMALLEST_GROUP_SHOWN,
                0L,
                shown(byValueTier, suppressed),
                shown(membership.countsBy(segment, "lifecycle_tier"), suppressed),
                shown(membership.countsBy(segment, "province"), suppressed),
                shown(membership.countsBy(segment, "preferred_channel"), suppressed));
        summary.setSuppressed(suppressed[0]);
        if (total >= SMALLEST_GROUP_SHOWN) {
            summary.setMembers(total);
        }
        return ResponseEntity.ok(summary);
    }

    /** Groups of fewer than {@value #SMALLEST_GROUP_SHOWN} customers are left out and only counted as suppressed. */
    private static Map<String, Long> shown(Map<String, Long> counts, long[] suppressed) {
        Map<String, Long> shown = new TreeMap<>();
        counts.forEach((group, members) -> {
            if (members >= SMALLEST_GROUP_SHOWN) {
                shown.put(group, members);
            } else {
                suppressed[0] += members;
            }
        });
        return shown;
    }

    private Set<String> purposeFields(Segment segment) {
        Set<String> allowed = purposes.find(new Purpose(segment.getPurpose()))
                .map(definition -> definition.fields())
                .orElse(Set.of());
        // the customer's own fields; order figures the purpose may use are not member-row fields
        return allowed.stream()
                .filter(MemberRecordCheck.KNOWN_FIELDS::contains)
                .collect(java.util.stream.Collectors.toSet());
    }
}

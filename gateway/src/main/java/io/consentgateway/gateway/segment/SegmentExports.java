package io.consentgateway.gateway.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.api.model.Segment;
import io.consentgateway.api.model.SegmentExportReceipt;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.subject.SubjectFields;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.routes.downstream.SegmentExportRoutes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Sends a segment's members to a marketing destination registered for the segment's purpose: pseudonymous ids and
 * the purpose's fields, one document, one access-log row with the member count (PIPL Arts. 6, 51, 55).
 */
@Service
class SegmentExports {

    private static final int PAGE = 500;

    private final SegmentMembership membership;
    private final SubjectFields subjectFields;
    private final SegmentProperties settings;
    private final ProducerTemplate producer;
    private final AuditTrail trail;
    private final ObjectMapper json;
    private final Clock clock;

    SegmentExports(
            SegmentMembership membership,
            SubjectFields subjectFields,
            SegmentProperties settings,
            ProducerTemplate producer,
            AuditTrail trail,
            ObjectMapper json,
            Clock clock) {
        this.membership = membership;
        this.subjectFields = subjectFields;
        this.settings = settings;
        this.producer = producer;
        this.trail = trail;
        this.json = json;
        this.clock = clock;
    }

    SegmentExportReceipt export(Segment segment, String destination, Set<String> fields) {
        SegmentProperties.Destination target = settings.exportDestinations().get(destination);
        if (target == null) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "destination", "No export destination of that name");
        }
        if (!target.purposes().contains(segment.getPurpose())) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST,
                    "destination",
                    "This destination is not registered for the segment's purpose " + segment.getPurpose());
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (int page = 0; ; page++) {
            SegmentMembership.Page batch = membership.members(segment, page, PAGE);
            for (SegmentMembership.Member member : batch.members()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("subjectId", member.subjectId());
                row.putAll(subjectFields.of(member.subjectId(), fields, true));
                members.add(row);
            }
            if (batch.members().size() < PAGE) {
                break;
            }
        }
        Instant at = clock.instant();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("segment", segment.getName());
        document.put("purpose", segment.getPurpose());
        document.put("exportedAt", at.toString());
        document.put("members", members);
        producer.sendBodyAndHeader(
                SegmentExportRoutes.endpointOf(destination),
                bytes(document),
                "CamelFileName",
                "segment-" + segment.getSegmentId() + "-" + at.toEpochMilli() + ".json");
        trail.recordAdmin(
                AuditAction.SEGMENT_EXPORTED,
                segment.getPurpose(),
                "segment " + segment.getSegmentId() + " to " + destination + ": " + members.size() + " members, fields "
                        + new TreeSet<>(fields));
        return new SegmentExportReceipt(
                        segment.getSegmentId(),
                        segment.getPurpose(),
                        destination,
                        (long) members.size(),
                        at.atOffset(ZoneOffset.UTC))
                .fields(List.copyOf(new TreeSet<>(fields)));
    }

    private byte[] bytes(Map<String, Object> document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A segment export could not be written", e);
        }
    }
}

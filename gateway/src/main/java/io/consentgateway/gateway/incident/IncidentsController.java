package io.consentgateway.gateway.incident;

import io.consentgateway.api.IncidentsApi;
import io.consentgateway.api.model.AffectedSubjects;
import io.consentgateway.api.model.BreachNoticeDocument;
import io.consentgateway.api.model.BreachNoticeDocument.AudienceEnum;
import io.consentgateway.api.model.Incident;
import io.consentgateway.api.model.IncidentKind;
import io.consentgateway.api.model.IncidentReport;
import io.consentgateway.api.model.IncidentTimeline;
import io.consentgateway.api.model.IndividualNoticeDecision;
import io.consentgateway.api.model.LocalizedText;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.incident.BreachNotice;
import io.consentgateway.policies.notice.NoticeText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IncidentsController implements IncidentsApi {

    private final IncidentWorkflow workflow;
    private final Incidents incidents;
    private final CurrentCaller caller;

    IncidentsController(IncidentWorkflow workflow, Incidents incidents, CurrentCaller caller) {
        this.workflow = workflow;
        this.incidents = incidents;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<Incident> recordIncident(IncidentReport report) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        texts.put(IncidentRecord.CAUSE, texts(report.getCause()));
        texts.put(IncidentRecord.POSSIBLE_HARM, texts(report.getPossibleHarm()));
        texts.put(IncidentRecord.REMEDIAL_MEASURES, texts(report.getRemedialMeasures()));
        texts.put(IncidentRecord.INDIVIDUAL_MEASURES, texts(report.getIndividualMeasures()));
        IncidentRecord recorded = workflow.record(
                new IncidentDraft(
                        report.getTitle().strip(),
                        report.getKind().getValue(),
                        report.getDiscoveredAt().toInstant(),
                        report.getOccurredFrom().toInstant(),
                        report.getOccurredTo().toInstant(),
                        report.getFields().stream().distinct().toList(),
                        report.getChannels() == null
                                ? List.of()
                                : report.getChannels().stream().distinct().toList(),
                        texts),
                caller.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(recorded));
    }

    @Override
    public ResponseEntity<List<Incident>> listIncidents() {
        return ResponseEntity.ok(
                incidents.all().stream().map(IncidentsController::view).toList());
    }

    @Override
    public ResponseEntity<Incident> getIncident(UUID incidentId) {
        return ResponseEntity.ok(view(incidents
                .find(incidentId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "incidentId", "No such incident"))));
    }

    @Override
    public ResponseEntity<AffectedSubjects> assessIncident(UUID incidentId) {
        AffectedCustomers affected = workflow.assess(incidentId);
        return ResponseEntity.ok(new AffectedSubjects(
                incidentId,
                time(affected.assessedAt()),
                affected.count(),
                affected.sensitiveCount(),
                affected.subjectIds(),
                affected.untracedFields()));
    }

    @Override
    public ResponseEntity<BreachNoticeDocument> notifyRegulator(UUID incidentId) {
        RegulatorNotice issued = workflow.notifyRegulator(incidentId);
        IncidentRecord incident = issued.incident();
        BreachNotice notice = issued.notice();
        IncidentTimeline timeline = new IncidentTimeline(
                        time(incident.occurredFrom()),
                        time(incident.occurredTo()),
                        time(incident.discoveredAt()),
                        time(incident.recordedAt()))
                .assessedAt(time(incident.steps().assessedAt()));
        return ResponseEntity.ok(new BreachNoticeDocument(
                incidentId,
                AudienceEnum.REGULATOR,
                time(issued.issuedAt()),
                IncidentKind.fromValue(incident.kind()),
                text(notice.categories()),
                text(notice.cause()),
                text(notice.possibleHarm()),
                text(notice.remedialMeasures()),
                text(notice.individualMeasures()),
                text(issued.handlerName()),
                text(notice.handlerContact()),
                text(notice.protectionOfficerContact()),
                incident.steps().affectedCount(),
                incident.steps().affectedSensitiveCount(),
                timeline));
    }

    @Override
    public ResponseEntity<Incident> notifyIndividuals(UUID incidentId, IndividualNoticeDecision decision) {
        IncidentRecord incident = Boolean.TRUE.equals(decision.getSkip())
                ? workflow.skipIndividuals(incidentId, decision.getReason())
                : workflow.notifyIndividuals(incidentId);
        return ResponseEntity.ok(view(incident));
    }

    private static Incident view(IncidentRecord incident) {
        IncidentRecord.Steps steps = incident.steps();
        return new Incident(
                        incident.title(),
                        time(incident.discoveredAt()),
                        time(incident.occurredFrom()),
                        time(incident.occurredTo()),
                        IncidentKind.fromValue(incident.kind()),
                        localized(incident.text(IncidentRecord.CAUSE)),
                        incident.fields(),
                        localized(incident.text(IncidentRecord.POSSIBLE_HARM)),
                        localized(incident.text(IncidentRecord.REMEDIAL_MEASURES)),
                        localized(incident.text(IncidentRecord.INDIVIDUAL_MEASURES)),
                        incident.id(),
                        time(incident.recordedAt()),
                        incident.recordedBy())
                .channels(incident.channels().isEmpty() ? null : incident.channels())
                .assessedAt(time(steps.assessedAt()))
                .affectedCount(steps.affectedCount())
                .affectedSensitiveCount(steps.affectedSensitiveCount())
                .regulatorNotifiedAt(time(steps.regulatorNotifiedAt()))
                .individualsNotifiedAt(time(steps.individualsNotifiedAt()))
                .individualsNotifiedCount(steps.individualsNotifiedCount())
                .individualsSkippedAt(time(steps.individualsSkippedAt()))
                .individualsSkipReason(steps.individualsSkipReason())
                .closedAt(time(steps.closedAt()));
    }

    private static Map<String, String> texts(LocalizedText text) {
        Map<String, String> texts = new HashMap<>();
        if (text != null && text.getZhCN() != null) {
            texts.put("zh-CN", text.getZhCN());
        }
        if (text != null && text.getEn() != null) {
            texts.put("en", text.getEn());
        }
        return texts;
    }

    private static LocalizedText localized(Map<String, String> texts) {
        return new LocalizedText().zhCN(texts.get("zh-CN")).en(texts.get("en"));
    }

    private static LocalizedText text(NoticeText text) {
        return new LocalizedText().zhCN(text.zhCn()).en(text.en());
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}

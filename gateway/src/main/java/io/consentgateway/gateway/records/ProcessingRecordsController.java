package io.consentgateway.gateway.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.api.ProcessingRecordsApi;
import io.consentgateway.api.model.ImpactAssessment;
import io.consentgateway.api.model.ProcessingRecord;
import io.consentgateway.api.model.PurposeActivation;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.records.ImpactAssessments.RecordedAssessment;
import io.consentgateway.gateway.records.PurposeStates.PurposeState;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.records.ActivationState;
import io.consentgateway.policies.records.AssessmentConclusion;
import io.consentgateway.policies.records.AssessmentRequirement;
import io.consentgateway.policies.records.AssessmentTrigger;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcessingRecordsController implements ProcessingRecordsApi {

    private static final String PURPOSE = "processing-records";

    private final AssessmentRegister register;
    private final PurposeStates states;
    private final AssessmentRequirement requirement;
    private final ProcessingRecordExport export;
    private final ObjectMapper json;
    private final CurrentCaller caller;
    private final AuditTrail trail;

    ProcessingRecordsController(
            AssessmentRegister register,
            PurposeStates states,
            AssessmentRequirement requirement,
            ProcessingRecordExport export,
            ObjectMapper json,
            CurrentCaller caller,
            AuditTrail trail) {
        this.register = register;
        this.states = states;
        this.requirement = requirement;
        this.export = export;
        this.json = json;
        this.caller = caller;
        this.trail = trail;
    }

    @Override
    public ResponseEntity<List<ImpactAssessment>> listAssessments() {
        return ResponseEntity.ok(
                register.all().stream().map(ProcessingRecordsController::view).toList());
    }

    @Override
    public ResponseEntity<ImpactAssessment> recordAssessment(ImpactAssessment body) {
        RecordedAssessment recorded = register.record(assessment(body), caller.name());
        trail.recordAdmin(
                AuditAction.ASSESSMENT_RECORDED,
                PURPOSE,
                body.getPurpose() + " " + body.getReference() + " "
                        + body.getConclusion().getValue());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(recorded));
    }

    @Override
    public ResponseEntity<PurposeActivation> activatePurpose(String purpose) {
        PurposeState state = states.activate(purpose(purpose), caller.name());
        trail.recordAdmin(AuditAction.PURPOSE_ACTIVATED, PURPOSE, purpose);
        return ResponseEntity.ok(view(state));
    }

    @Override
    public ResponseEntity<PurposeActivation> deactivatePurpose(String purpose) {
        PurposeState state = states.deactivate(purpose(purpose), caller.name());
        trail.recordAdmin(AuditAction.PURPOSE_DEACTIVATED, PURPOSE, purpose);
        return ResponseEntity.ok(view(state));
    }

    @Override
    public ResponseEntity<Resource> exportProcessingRecords(String format) {
        String wanted = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        List<ProcessingRecord> rows = export.rows();
        byte[] body;
        MediaType type;
        if (wanted.equals("csv")) {
            body = ProcessingRecordCsv.of(rows).getBytes(StandardCharsets.UTF_8);
            type = new MediaType("text", "csv", StandardCharsets.UTF_8);
        } else if (wanted.equals("json")) {
            body = asJson(rows);
            type = MediaType.APPLICATION_JSON;
        } else {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "format", "format must be json or csv");
        }
        trail.recordAdmin(AuditAction.PROCESSING_RECORDS_EXPORTED, PURPOSE, rows.size() + " purposes as " + wanted);
        return ResponseEntity.ok().contentType(type).body(new ByteArrayResource(body));
    }

    private byte[] asJson(List<ProcessingRecord> rows) {
        try {
            return json.writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Purpose purpose(String name) {
        if (!Purpose.isValidName(name)) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "purpose", "No such purpose");
        }
        return new Purpose(name);
    }

    private static io.consentgateway.policies.records.ImpactAssessment assessment(ImpactAssessment body) {
        if (!Purpose.isValidName(body.getPurpose())) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "purpose", "No such purpose");
        }
        if (body.getConclusion() == ImpactAssessment.ConclusionEnum.APPROVED_WITH_MEASURES
                && (body.getMeasures() == null || body.getMeasures().isBlank())) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "measures", "An approval with measures names the measures");
        }
        if (body.getReviewBy() != null && body.getReviewBy().isBefore(body.getAssessedOn())) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "reviewBy", "The review date is before the assessment");
        }
        if (body.getReference().isBlank()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "reference", "An assessment has a reference");
        }
        if (body.getAuthor().isBlank()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "author", "An assessment has an author");
        }
        return new io.consentgateway.policies.records.ImpactAssessment(
                new Purpose(body.getPurpose()),
                body.getReference().strip(),
                body.getAssessedOn(),
                body.getAuthor().strip(),
                AssessmentConclusion.fromConfig(body.getConclusion().getValue()).orElseThrow(),
                Optional.ofNullable(body.getMeasures()).filter(text -> !text.isBlank()),
                Optional.ofNullable(body.getReviewBy()));
    }

    private static ImpactAssessment view(RecordedAssessment recorded) {
        io.consentgateway.policies.records.ImpactAssessment assessment = recorded.assessment();
        return new ImpactAssessment(
                        assessment.purpose().name(),
                        assessment.reference(),
                        assessment.assessedOn(),
                        assessment.author(),
                        ImpactAssessment.ConclusionEnum.fromValue(
                                assessment.conclusion().configName()))
                .id(recorded.id())
                .measures(assessment.measures().orElse(null))
                .reviewBy(assessment.reviewBy().orElse(null))
                .recordedBy(recorded.recordedBy())
                .recordedAt(recorded.recordedAt().atOffset(ZoneOffset.UTC));
    }

    private PurposeActivation view(PurposeState state) {
        return new PurposeActivation(
                        state.definition().purpose().name(),
                        state.state().active(),
                        requirement.needsAssessment(state.definition()),
                        requirement.triggers(state.definition()).stream()
                                .sorted()
                                .map(AssessmentTrigger::configName)
                                .map(PurposeActivation.TriggersEnum::fromValue)
                                .toList())
                .inactiveReason(state.state() instanceof ActivationState.Inactive inactive ? inactive.reason() : null);
    }
}

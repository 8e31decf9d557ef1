package io.consentgateway.gateway.crossborder;

import io.consentgateway.api.CrossBorderApi;
import io.consentgateway.api.model.CrossBorderStatus;
import io.consentgateway.api.model.CrossBorderThresholdSettings;
import io.consentgateway.api.model.OverseasRecipient;
import io.consentgateway.api.model.ThresholdAlert;
import io.consentgateway.api.model.TransferRefusal;
import io.consentgateway.api.model.TransferRequest;
import io.consentgateway.api.model.TransferResult;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.crossborder.CrossBorderTransfers.TransferOutcome;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.crossborder.CrossBorderThresholds;
import io.consentgateway.policies.crossborder.TransferMechanism;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CrossBorderController implements CrossBorderApi {

    private static final String PURPOSE = "cross-border-transfer";

    private final OverseasRecipients recipients;
    private final CrossBorderTransfers transfers;
    private final CrossBorderVolumes volumes;
    private final PurposeCatalogue catalogue;
    private final Classification classification;
    private final CurrentCaller caller;
    private final AuditTrail trail;
    private final Clock clock;

    CrossBorderController(
            OverseasRecipients recipients,
            CrossBorderTransfers transfers,
            CrossBorderVolumes volumes,
            PurposeCatalogue catalogue,
            Classification classification,
            CurrentCaller caller,
            AuditTrail trail,
            Clock clock) {
        this.recipients = recipients;
        this.transfers = transfers;
        this.volumes = volumes;
        this.catalogue = catalogue;
        this.classification = classification;
        this.caller = caller;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<List<OverseasRecipient>> listOverseasRecipients() {
        return ResponseEntity.ok(recipients.all().stream()
                .map(recipient -> new OverseasRecipient(
                                recipient.country(),
                                OverseasRecipient.MechanismEnum.fromValue(
                                        recipient.mechanism().configName()),
                                recipient.reference(),
                                recipient.validUntil(),
                                recipient.fields().stream().sorted().toList())
                        .name(recipient.name())
                        .purpose(recipient.purpose().name()))
                .toList());
    }

    @Override
    public ResponseEntity<Void> registerOverseasRecipient(String name, OverseasRecipient body) {
        Purpose purpose = new Purpose(body.getPurpose() == null ? "cross-border" : body.getPurpose());
        if (catalogue.find(purpose).filter(found -> found.perRecipient()).isEmpty()) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST, "purpose", "A purpose with separate per-recipient consent is needed");
        }
        Set<String> fields = new LinkedHashSet<>(body.getFields());
        for (String field : fields) {
            if (classification.of(field).filter(found -> found.isPersonal()).isEmpty()) {
                throw new FieldProblem(HttpStatus.BAD_REQUEST, "fields", "Only classified personal fields");
            }
        }
        recipients.save(
                new io.consentgateway.policies.crossborder.OverseasRecipient(
                        name,
                        body.getCountry(),
                        TransferMechanism.fromConfig(body.getMechanism().getValue())
                                .orElseThrow(),
                        body.getReference(),
                        body.getValidUntil(),
                        fields,
                        purpose),
                caller.name(),
                clock.instant());
        trail.recordAdmin(
                AuditAction.CROSS_BORDER_RECIPIENT_REGISTERED,
                PURPOSE,
                name + " " + body.getMechanism().getValue() + " " + body.getReference());
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<TransferResult> transferAbroad(TransferRequest request) {
        TransferOutcome outcome = transfers.transfer(request.getRecipient(), request.getSubjectIds(), caller.name());
        var recorded = outcome.transfer();
        trail.recordAdmin(
                AuditAction.CROSS_BORDER_TRANSFERRED,
                PURPOSE,
                recorded.recipient().name() + " transferred " + outcome.transferred() + " refused "
                        + outcome.refused().size());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TransferResult(
                        recorded.id(),
                        recorded.recipient().name(),
                        TransferResult.MechanismEnum.fromValue(
                                recorded.recipient().mechanism().configName()),
                        recorded.recipient().fields().stream().sorted().toList(),
                        recorded.requested(),
                        outcome.transferred(),
                        outcome.refused().entrySet().stream()
                                .map(refused -> new TransferRefusal(refused.getKey(), refused.getValue()))
                                .toList(),
                        recorded.newIndividuals(),
                        recorded.newSensitiveIndividuals()));
    }

    @Override
    public ResponseEntity<CrossBorderStatus> crossBorderStatus() {
        CrossBorderVolumes.Status status = volumes.status();
        CrossBorderThresholds thresholds = volumes.thresholds();
        return ResponseEntity.ok(new CrossBorderStatus(
                status.year(),
                volumes.zone().getId(),
                status.volumes().individuals(),
                status.volumes().sensitiveIndividuals(),
                new CrossBorderThresholdSettings(
                        thresholds.contractIndividuals(),
                        thresholds.securityAssessmentIndividuals(),
                        thresholds.securityAssessmentSensitiveIndividuals(),
                        thresholds.alertAt()),
                status.alerts().stream()
                        .map(alert ->
                                new ThresholdAlert(alert.threshold(), alert.count(), alert.limit(), alert.exceeded()))
                        .toList()));
    }
}

package io.consentgateway.gateway.processor;

import io.consentgateway.api.ProcessorsApi;
import io.consentgateway.api.model.DeletionConfirmation;
import io.consentgateway.api.model.DeletionConfirmationRequest;
import io.consentgateway.api.model.Processor;
import io.consentgateway.api.model.ProcessorSubjectView;
import io.consentgateway.api.model.SubjectViewKind;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.processor.ProcessorContract;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcessorsController implements ProcessorsApi {

    private final ProcessorRegistry registry;
    private final ProcessorAccess access;
    private final ProcessorStates states;
    private final CurrentCaller caller;

    ProcessorsController(
            ProcessorRegistry registry, ProcessorAccess access, ProcessorStates states, CurrentCaller caller) {
        this.registry = registry;
        this.access = access;
        this.states = states;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<List<Processor>> listProcessors() {
        return ResponseEntity.ok(registry.all().stream().map(this::view).toList());
    }

    @Override
    public ResponseEntity<Processor> registerProcessor(String name, Processor processor) {
        if (processor.getValidUntil().isBefore(processor.getValidFrom())) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "validUntil", "The contract ends before it starts");
        }
        ProcessorContract contract = new ProcessorContract(
                name,
                processor.getClientId().strip(),
                processor.getContractReference().strip(),
                processor.getPurposes().stream().map(Purpose::new).collect(Collectors.toSet()),
                Set.copyOf(processor.getFields()),
                processor.getValidFrom(),
                processor.getValidUntil(),
                null);
        return ResponseEntity.ok(
                view(registry.register(contract, processor.getPurposes(), processor.getFields(), caller.name())));
    }

    @Override
    public ResponseEntity<Processor> terminateProcessor(String name) {
        return ResponseEntity.ok(view(registry.terminate(name, caller.name())));
    }

    @Override
    public ResponseEntity<DeletionConfirmation> getDeletionConfirmation(String name) {
        return ResponseEntity.ok(confirmation(registry.existing(name)));
    }

    @Override
    public ResponseEntity<DeletionConfirmation> confirmDeletion(String name, DeletionConfirmationRequest request) {
        return ResponseEntity.ok(
                confirmation(registry.confirmDeletion(name, request.getConfirmedBy(), request.getEvidence())));
    }

    @Override
    public ResponseEntity<ProcessorSubjectView> readAsProcessor(UUID subjectId, String purpose, List<String> fields) {
        ProcessorAccess.ProcessorRead read = access.read(subjectId, purpose, fields);
        return ResponseEntity.ok(new ProcessorSubjectView(
                subjectId, read.processor(), read.purpose().name(), SubjectViewKind.MASKED, read.fields()));
    }

    private Processor view(RegisteredProcessor processor) {
        ProcessorContract contract = processor.contract();
        return new Processor(
                        contract.clientId(),
                        contract.contractReference(),
                        contract.purposes().stream().map(Purpose::name).sorted().toList(),
                        contract.fields().stream().sorted().toList(),
                        contract.validFrom(),
                        contract.validUntil())
                .name(contract.name())
                .status(Processor.StatusEnum.fromValue(
                        states.status(contract).name().toLowerCase(Locale.ROOT)))
                .terminatedAt(time(contract.terminatedAt()))
                .deletionConfirmation(confirmation(processor));
    }

    private DeletionConfirmation confirmation(RegisteredProcessor processor) {
        DeletionConfirmation confirmation =
                new DeletionConfirmation(processor.contract().name(), DeletionConfirmation.StateEnum.NOT_DUE);
        states.owedSince(processor)
                .ifPresent(since -> confirmation
                        .state(DeletionConfirmation.StateEnum.PENDING)
                        .pendingSince(time(since))
                        .overdue(states.overdue(processor)));
        processor
                .confirmation()
                .ifPresent(confirmed -> confirmation
                        .state(DeletionConfirmation.StateEnum.CONFIRMED)
                        .confirmedAt(time(confirmed.confirmedAt()))
                        .confirmedBy(confirmed.confirmedBy())
                        .evidence(confirmed.evidence()));
        return confirmation;
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}

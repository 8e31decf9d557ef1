package io.consentgateway.gateway.processor;

import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.consent.ConsentLedger;
import io.consentgateway.gateway.consent.Notices;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.subject.SubjectFields;
import io.consentgateway.gateway.subject.SubjectPreferences;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.ConsentDecision;
import io.consentgateway.policies.consent.ProcessingDecision;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.SubjectFacts;
import io.consentgateway.policies.processor.ContractDecision;
import io.consentgateway.policies.processor.ContractScope;
import io.consentgateway.policies.processor.ProcessorContract;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What an entrusted processor's own call may read (PIPL Art. 21): its contract is found by the caller's client; the
 * request must lie within the contract (term, purpose, fields) and the customer must have a basis for the purpose
 * (Art. 13; consent in force for consent-based purposes). Fields are always masked. Reads and refusals are audited
 * with the processor's name and the purpose.
 */
@Service
class ProcessorAccess {

    private final EntrustedProcessors processors;
    private final ContractScope scope;
    private final ProcessingDecision basis;
    private final ConsentLedger ledger;
    private final SubjectPreferences preferences;
    private final Notices notices;
    private final SubjectFields subjectFields;
    private final CurrentCaller caller;
    private final AuditTrail trail;
    private final Clock clock;

    ProcessorAccess(
            EntrustedProcessors processors,
            ContractScope scope,
            ProcessingDecision basis,
            ConsentLedger ledger,
            SubjectPreferences preferences,
            Notices notices,
            SubjectFields subjectFields,
            CurrentCaller caller,
            AuditTrail trail,
            Clock clock) {
        this.processors = processors;
        this.scope = scope;
        this.basis = basis;
        this.ledger = ledger;
        this.preferences = preferences;
        this.notices = notices;
        this.subjectFields = subjectFields;
        this.caller = caller;
        this.trail = trail;
        this.clock = clock;
    }

    /** The result of a permitted read: the processor, the purpose and the masked fields. */
    record ProcessorRead(String processor, Purpose purpose, Map<String, String> fields) {}

    ProcessorRead read(UUID subjectId, String purposeName, List<String> requestedFields) {
        ProcessorContract contract = processors
                .byClient(caller.clientId())
                .map(RegisteredProcessor::contract)
                .orElseThrow(() -> new FieldProblem(
                        HttpStatus.FORBIDDEN, "clientId", "Outside any processor contract: no-contract"));
        Purpose purpose = new Purpose(purposeName);
        List<String> fields = requestedFields == null || requestedFields.isEmpty()
                ? contract.fields().stream().sorted().toList()
                : requestedFields.stream().distinct().toList();
        if (scope.decide(contract, purpose, fields, LocalDate.now(clock)) instanceof ContractDecision.Outside outside) {
            throw refused(contract, subjectId, purpose, fields, outside.reason(), reasonField(outside.reason()));
        }
        SubjectFacts facts = preferences.facts(subjectId);
        if (basis.decide(purpose, Optional.empty(), ledger.history(subjectId), facts, notices.history())
                instanceof ConsentDecision.Refused refusal) {
            throw refused(contract, subjectId, purpose, fields, refusal.reason(), "subjectId");
        }
        Map<String, String> values = subjectFields.of(subjectId, Set.copyOf(fields), false);
        trail.record(AuditAction.PROCESSOR_READ, subjectId, fields, purpose.name(), detail(contract));
        return new ProcessorRead(contract.name(), purpose, values);
    }

    private FieldProblem refused(
            ProcessorContract contract,
            UUID subjectId,
            Purpose purpose,
            List<String> fields,
            String reason,
            String field) {
        trail.record(
                AuditAction.PROCESSOR_READ_REFUSED, subjectId, fields, purpose.name(), detail(contract) + " " + reason);
        return new FieldProblem(HttpStatus.FORBIDDEN, field, "Outside the processor's contract or basis: " + reason);
    }

    private static String reasonField(String reason) {
        if (reason.startsWith("purpose-")) {
            return "purpose";
        }
        return reason.startsWith("field-") ? "fields" : "contract";
    }

    private static String detail(ProcessorContract contract) {
        return "processor " + contract.name();
    }
}

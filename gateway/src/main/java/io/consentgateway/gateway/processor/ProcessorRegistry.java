package io.consentgateway.gateway.processor;

import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.FieldClass;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.processor.ProcessorContract;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compliance keeps the processor contracts (PIPL Art. 21): registers them, ends them early, and records the
 * processor's confirmation that it returned or deleted the data once a contract ended. Every change is audited.
 */
@Service
class ProcessorRegistry {

    static final String PURPOSE = "processor-registry";

    private final EntrustedProcessors processors;
    private final PurposeCatalogue purposes;
    private final Classification classification;
    private final ProcessorStates states;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProcessorRegistry(
            EntrustedProcessors processors,
            PurposeCatalogue purposes,
            Classification classification,
            ProcessorStates states,
            AuditTrail trail,
            TransactionTemplate transactions,
            Clock clock) {
        this.processors = processors;
        this.purposes = purposes;
        this.classification = classification;
        this.states = states;
        this.trail = trail;
        this.transactions = transactions;
        this.clock = clock;
    }

    RegisteredProcessor register(
            ProcessorContract contract, List<String> purposeNames, List<String> fieldNames, String by) {
        for (int i = 0; i < purposeNames.size(); i++) {
            if (purposes.find(new Purpose(purposeNames.get(i))).isEmpty()) {
                throw new FieldProblem(HttpStatus.BAD_REQUEST, "purposes[" + i + "]", "Not a purpose of the catalogue");
            }
        }
        for (int i = 0; i < fieldNames.size(); i++) {
            if (!classification
                    .of(fieldNames.get(i))
                    .map(FieldClass::isPersonal)
                    .orElse(false)) {
                throw new FieldProblem(
                        HttpStatus.BAD_REQUEST, "fields[" + i + "]", "Not a personal field of the classification");
            }
        }
        return transactions.execute(status -> {
            processors.find(contract.name()).ifPresent(existing -> {
                if (existing.contract().terminated()) {
                    throw new FieldProblem(
                            HttpStatus.CONFLICT, "name", "The contract was terminated; register a new contract");
                }
            });
            processors
                    .byClient(contract.clientId())
                    .filter(other -> !other.contract().name().equals(contract.name()))
                    .ifPresent(other -> {
                        throw new FieldProblem(
                                HttpStatus.CONFLICT, "clientId", "The client is registered for another processor");
                    });
            processors.save(contract, by, clock.instant());
            trail.recordAdmin(
                    AuditAction.PROCESSOR_REGISTERED,
                    PURPOSE,
                    contract.name() + " " + contract.contractReference() + " until " + contract.validUntil());
            return processors.find(contract.name()).orElseThrow();
        });
    }

    RegisteredProcessor terminate(String name, String by) {
        return transactions.execute(status -> {
            RegisteredProcessor processor = existing(name);
            if (processor.contract().terminated()) {
                throw new FieldProblem(HttpStatus.CONFLICT, "name", "The contract is already terminated");
            }
            processors.terminate(name, by, clock.instant());
            trail.recordAdmin(AuditAction.PROCESSOR_TERMINATED, PURPOSE, name);
            return existing(name);
        });
    }

    RegisteredProcessor confirmDeletion(String name, String confirmedBy, String evidence) {
        return transactions.execute(status -> {
            RegisteredProcessor processor = existing(name);
            if (processor.confirmation().isPresent()) {
                throw new FieldProblem(HttpStatus.CONFLICT, "name", "The deletion was already confirmed");
            }
            if (states.owedSince(processor).isEmpty()) {
                throw new FieldProblem(
                        HttpStatus.CONFLICT, "name", "The contract still runs; no deletion confirmation is due");
            }
            processors.confirmDeletion(
                    name, new DeletionConfirmationRecord(clock.instant(), confirmedBy.strip(), evidence.strip()));
            trail.recordAdmin(AuditAction.PROCESSOR_DELETION_CONFIRMED, PURPOSE, name);
            return existing(name);
        });
    }

    RegisteredProcessor existing(String name) {
        return processors
                .find(name)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "name", "No such processor"));
    }

    List<RegisteredProcessor> all() {
        return processors.all();
    }
}

package io.consentgateway.gateway.incident;

import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.dsr.Notifier;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.FieldClass;
import io.consentgateway.policies.incident.BreachNotice;
import io.consentgateway.policies.incident.IndividualNoticeWaiver;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The breach workflow of PIPL Art. 57: record the incident, find the affected customers, notify the regulator, notify
 * the individuals (or record why not), each step timed and audited; the incident closes when both notices are done.
 */
@Service
class IncidentWorkflow {

    static final String PURPOSE = "incident-response";
    static final String NOTICE_KIND = "incident-notice";

    private final Incidents incidents;
    private final AffectedCustomerSearch search;
    private final BreachNotices notices;
    private final IndividualNoticeWaiver waiver;
    private final Classification classification;
    private final Notifier notifier;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IncidentWorkflow(
            Incidents incidents,
            AffectedCustomerSearch search,
            BreachNotices notices,
            IndividualNoticeWaiver waiver,
            Classification classification,
            Notifier notifier,
            AuditTrail trail,
            TransactionTemplate transactions,
            Clock clock) {
        this.incidents = incidents;
        this.search = search;
        this.notices = notices;
        this.waiver = waiver;
        this.classification = classification;
        this.notifier = notifier;
        this.trail = trail;
        this.transactions = transactions;
        this.clock = clock;
    }

    IncidentRecord record(IncidentDraft draft, String recordedBy) {
        IncidentRecord incident = draft.recorded(UUID.randomUUID(), clock.instant(), recordedBy);
        for (int i = 0; i < incident.fields().size(); i++) {
            boolean personal = classification
                    .of(incident.fields().get(i))
                    .map(FieldClass::isPersonal)
                    .orElse(false);
            if (!personal) {
                throw new FieldProblem(
                        HttpStatus.BAD_REQUEST,
                        "fields[" + i + "]",
                        "Not a personal information field of the classification catalogue");
            }
        }
        if (incident.occurredFrom().isAfter(incident.occurredTo())) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "occurredTo", "The range ends before it starts");
        }
        checked(incident, HttpStatus.BAD_REQUEST);
        transactions.executeWithoutResult(status -> {
            incidents.insert(incident);
            trail.recordAdmin(AuditAction.INCIDENT_RECORDED, PURPOSE, detail(incident.id(), incident.kind()));
        });
        return incidents.find(incident.id()).orElseThrow();
    }

    AffectedCustomers assess(UUID id) {
        return transactions.execute(status -> assessLocked(locked(id)));
    }

    /** The notice to the regulator; {@code regulatorNotifiedAt} keeps the first time it was issued. */
    RegulatorNotice notifyRegulator(UUID id) {
        return transactions.execute(status -> {
            IncidentRecord incident = locked(id);
            if (incident.steps().assessedAt() == null) {
                assessLocked(incident);
            }
            BreachNotice notice = checked(incident, HttpStatus.UNPROCESSABLE_ENTITY);
            Instant now = clock.instant();
            incidents.regulatorNotified(id, now);
            incidents.closeIfComplete(id, now);
            trail.recordAdmin(AuditAction.INCIDENT_REGULATOR_NOTIFIED, PURPOSE, detail(id, "issued"));
            return new RegulatorNotice(incidents.find(id).orElseThrow(), notice, notices.handlerName(), now);
        });
    }

    IncidentRecord notifyIndividuals(UUID id) {
        return transactions.execute(status -> {
            IncidentRecord incident = undecided(id);
            if (incident.steps().assessedAt() == null) {
                assessLocked(incident);
            }
            String message = notices.individualMessage(
                    checked(incident, HttpStatus.UNPROCESSABLE_ENTITY), notices.handlerName());
            List<UUID> affected = incidents.affectedSubjects(id);
            affected.forEach(subject -> notifier.send(subject, NOTICE_KIND, message));
            Instant now = clock.instant();
            incidents.individualsNotified(id, now, affected.size());
            incidents.closeIfComplete(id, now);
            trail.recordAdmin(
                    AuditAction.INCIDENT_INDIVIDUALS_NOTIFIED, PURPOSE, detail(id, "notified=" + affected.size()));
            return incidents.find(id).orElseThrow();
        });
    }

    /** PIPL Art. 57(2): the decision not to notify the individuals, kept with its reason. */
    IncidentRecord skipIndividuals(UUID id, String reason) {
        Validated<String> checkedReason = waiver.check(reason);
        if (checkedReason instanceof Invalid<String> invalid) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST,
                    invalid.rejection().field(),
                    "Skipping the individuals' notice needs a reason of at least 20 characters");
        }
        String kept = ((Valid<String>) checkedReason).value();
        return transactions.execute(status -> {
            undecided(id);
            Instant now = clock.instant();
            incidents.individualsSkipped(id, now, kept);
            incidents.closeIfComplete(id, now);
            trail.recordAdmin(AuditAction.INCIDENT_INDIVIDUALS_NOTICE_SKIPPED, PURPOSE, detail(id, "skipped"));
            return incidents.find(id).orElseThrow();
        });
    }

    private AffectedCustomers assessLocked(IncidentRecord incident) {
        AffectedCustomers affected = search.search(incident);
        incidents.saveAssessment(incident.id(), affected);
        trail.recordAdmin(
                AuditAction.INCIDENT_ASSESSED,
                PURPOSE,
                detail(incident.id(), "affected=" + affected.count() + " sensitive=" + affected.sensitiveCount()));
        return affected;
    }

    private IncidentRecord undecided(UUID id) {
        IncidentRecord incident = locked(id);
        if (incident.steps().individualsDecided()) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT, "incidentId", "The individuals were already notified or skipped");
        }
        return incident;
    }

    private IncidentRecord locked(UUID id) {
        return incidents
                .lock(id)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "incidentId", "No such incident"));
    }

    private BreachNotice checked(IncidentRecord incident, HttpStatus status) {
        Validated<BreachNotice> notice = notices.noticeOf(incident);
        if (notice instanceof Invalid<BreachNotice> invalid) {
            throw new FieldProblem(
                    status, invalid.rejection().field(), "A breach notice needs this element (PIPL Art. 57)");
        }
        return ((Valid<BreachNotice>) notice).value();
    }

    private static String detail(UUID id, String what) {
        return "incident " + id + " " + what;
    }
}

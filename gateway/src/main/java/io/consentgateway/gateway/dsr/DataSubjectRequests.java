package io.consentgateway.gateway.dsr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.audit.RevisionContext;
import io.consentgateway.audit.RevisionContextHolder;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditContexts;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.gateway.keys.FieldEncryption;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.dsr.RefusalReason;
import io.consentgateway.policies.dsr.RequestKind;
import io.consentgateway.policies.dsr.RequestState;
import io.consentgateway.policies.dsr.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a data-subject request: filed (by the customer, verified by the bound account) or registered by staff
 * (verified by a one-time code), carried out by {@link RequestFulfilment}, or refused with a reason (Art. 50). Every
 * change is an audited revision and an audit event on the subject.
 */
@Service
class DataSubjectRequests {

    private static final String PURPOSE = "data-subject-request";
    /** Carried out as soon as they are filed by the verified customer; the rest go to the compliance queue. */
    private static final Set<RequestKind> EXPORTS = Set.of(RequestKind.ACCESS, RequestKind.EXPORT);

    private static final Set<RequestKind> IMMEDIATE =
            Set.of(RequestKind.ACCESS, RequestKind.EXPORT, RequestKind.WITHDRAW_CONSENT);

    private final DsrRequestRepository requests;
    private final RequesterVerification verification;
    private final RequestFulfilment fulfilment;
    private final SubjectExports exports;
    private final WorkingDayCalendar calendar;
    private final DsrProperties properties;
    private final DataKeys dataKeys;
    private final FieldEncryption encryption;
    private final RevisionContextHolder revisions;
    private final AuditContexts contexts;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;

    DataSubjectRequests(
            DsrRequestRepository requests,
            RequesterVerification verification,
            RequestFulfilment fulfilment,
            SubjectExports exports,
            WorkingDayCalendar calendar,
            DsrProperties properties,
            DataKeys dataKeys,
            FieldEncryption encryption,
            RevisionContextHolder revisions,
            AuditContexts contexts,
            AuditTrail trail,
            TransactionTemplate transactions,
            ObjectMapper json,
            Clock clock) {
        this.requests = requests;
        this.verification = verification;
        this.fulfilment = fulfilment;
        this.exports = exports;
        this.calendar = calendar;
        this.properties = properties;
        this.dataKeys = dataKeys;
        this.encryption = encryption;
        this.revisions = revisions;
        this.contexts = contexts;
        this.trail = trail;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** The signed-in customer's own request: verified by the account binding. */
    DsrRequest file(UUID subjectId, RequestKind kind, RequestDetails details, String customer) {
        DsrRequest request = audited("self-service", () -> {
            DsrRequest filed = create(subjectId, kind, details, "self-service", customer);
            filed.verify(clock.instant());
            trail.record(AuditAction.DSR_VERIFIED, subjectId, List.of(), PURPOSE);
            return requests.save(filed);
        });
        if (IMMEDIATE.contains(kind)) {
            return complete(request.id(), null);
        }
        return request;
    }

    /** A request received by phone, in a store or by letter: a code goes to the registered phone. */
    DsrRequest register(UUID subjectId, RequestKind kind, RequestDetails details, String channel) {
        return audited(channel, () -> {
            DsrRequest registered = requests.saveAndFlush(create(
                    subjectId,
                    kind,
                    details,
                    channel,
                    contexts.forCaller(channel, PURPOSE).actor()));
            verification.challenge(registered.id(), subjectId);
            return registered;
        });
    }

    DsrRequest verify(UUID requestId, String code) {
        DsrRequest request = find(requestId);
        if (request.state() != RequestState.RECEIVED) {
            throw new FieldProblem(HttpStatus.CONFLICT, "requestId", "The request is not waiting for verification");
        }
        verification.check(requestId, code); // outside the transaction: a wrong try must count
        return audited(request.channel(), () -> {
            DsrRequest verified = find(requestId);
            verified.verify(clock.instant());
            trail.record(AuditAction.DSR_VERIFIED, verified.subjectId(), List.of(), PURPOSE);
            return verified;
        });
    }

    DsrRequest complete(UUID requestId, String outcome) {
        return audited("api", () -> {
            DsrRequest request = find(requestId);
            if (request.state() != RequestState.VERIFIED && request.state() != RequestState.IN_PROGRESS) {
                throw new FieldProblem(
                        HttpStatus.CONFLICT,
                        "requestId",
                        "Only a verified request can be completed; it is "
                                + request.state().code());
            }
            if (EXPORTS.contains(request.kind())) {
                if (request.state() == RequestState.VERIFIED) {
                    request.start();
                    RevisionContext context = contexts.forCaller(request.channel(), PURPOSE);
                    exports.start(request.id(), request.subjectId(), context, ready -> finishExport(ready, context));
                }
                return request;
            }
            String done = fulfilment.fulfil(request, details(request), outcome);
            request.complete(done, contexts.forCaller("api", PURPOSE).actor(), clock.instant());
            trail.record(AuditAction.DSR_COMPLETED, request.subjectId(), List.of(), PURPOSE);
            return request;
        });
    }

    /** Called by the export job: the download is ready, so the request is answered. */
    private void finishExport(UUID requestId, RevisionContext context) {
        revisions.callWith(
                context,
                () -> transactions.execute(status -> {
                    DsrRequest request = find(requestId);
                    request.complete(
                            "Your data is ready: /api/v1/me/requests/" + requestId + "/export",
                            context.actor(),
                            clock.instant());
                    trail.recordIn(context, AuditAction.DSR_COMPLETED, request.subjectId(), List.of());
                    return request;
                }));
    }

    // PIPL Art. 50: a refusal states its reasons, and the customer sees them.
    DsrRequest refuse(UUID requestId, RefusalReason reason, String explanation) {
        return audited("api", () -> {
            DsrRequest request = find(requestId);
            request.refuse(
                    reason, explanation, contexts.forCaller("api", PURPOSE).actor(), clock.instant());
            trail.record(AuditAction.DSR_REFUSED, request.subjectId(), List.of(), PURPOSE);
            return request;
        });
    }

    Optional<DsrRequest> get(UUID requestId) {
        return transactions.execute(status -> requests.findById(requestId));
    }

    List<DsrRequest> of(UUID subjectId) {
        return transactions.execute(status -> requests.findBySubjectIdOrderByReceivedAtDesc(subjectId));
    }

    /** Overdue first, then by deadline. */
    List<DsrRequest> queue(Optional<RequestState> state) {
        Set<String> states = state.map(only -> Set.of(only.code()))
                .orElse(Set.of(
                        RequestState.RECEIVED.code(), RequestState.VERIFIED.code(), RequestState.IN_PROGRESS.code()));
        Instant now = clock.instant();
        return transactions.execute(status -> requests.findByStateInOrderByDueAt(states)).stream()
                .sorted(Comparator.comparing((DsrRequest request) -> !overdue(request, now))
                        .thenComparing(DsrRequest::dueAt))
                .toList();
    }

    boolean overdue(DsrRequest request, Instant now) {
        return request.state().open() && now.isAfter(request.dueAt());
    }

    private DsrRequest create(UUID subjectId, RequestKind kind, RequestDetails details, String channel, String by) {
        Instant now = clock.instant();
        byte[] sealed = encryption.encrypt(dataKeys.forSubject(subjectId), "dsrDetails", toJson(details));
        DsrRequest request = new DsrRequest(
                UUID.randomUUID(),
                subjectId,
                kind,
                channel,
                sealed,
                now,
                calendar.deadline(now, properties.deadlineWorkingDays()),
                by);
        trail.record(AuditAction.DSR_RECEIVED, subjectId, List.of(), PURPOSE);
        return request;
    }

    private RequestDetails details(DsrRequest request) {
        return dataKeys.find(request.subjectId())
                .map(key -> encryption.decrypt(key, "dsrDetails", request.detailsCiphertext()))
                .map(this::fromJson)
                .orElse(new RequestDetails(null, null, null));
    }

    private DsrRequest find(UUID requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "requestId", "No such request"));
    }

    private DsrRequest audited(String channel, Supplier<DsrRequest> work) {
        return revisions.callWith(
                contexts.forCaller(channel, PURPOSE), () -> transactions.execute(status -> work.get()));
    }

    private String toJson(RequestDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request details not serialisable", e);
        }
    }

    private RequestDetails fromJson(String text) {
        try {
            return json.readValue(text, RequestDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored request details unreadable", e);
        }
    }
}

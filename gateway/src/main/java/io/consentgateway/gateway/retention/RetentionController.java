package io.consentgateway.gateway.retention;

import io.consentgateway.api.RetentionApi;
import io.consentgateway.api.model.RetentionCandidate;
import io.consentgateway.api.model.RetentionExpiry;
import io.consentgateway.api.model.RetentionRun;
import io.consentgateway.api.model.RetentionRunRequest;
import io.consentgateway.api.model.RetentionStatus;
import io.consentgateway.gateway.audit.AuditContexts;
import io.consentgateway.gateway.retention.RetentionRuns.Run;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.retention.Expiry;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RetentionController implements RetentionApi {

    private final RetentionPurge purge;
    private final RetentionRuns runs;
    private final AuditContexts contexts;

    RetentionController(RetentionPurge purge, RetentionRuns runs, AuditContexts contexts) {
        this.purge = purge;
        this.runs = runs;
        this.contexts = contexts;
    }

    @Override
    public ResponseEntity<RetentionRun> startRetentionRun(RetentionRunRequest request) {
        Run run = purge.start(
                request.getDryRun(),
                Optional.ofNullable(request.getAsOf()).map(OffsetDateTime::toInstant),
                contexts.forCaller("api", RetentionPurge.PURPOSE));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/retention/runs/" + run.id()))
                .body(toApi(run, false));
    }

    @Override
    public ResponseEntity<RetentionRun> getRetentionRun(UUID runId) {
        return purge.find(runId)
                .map(run -> ResponseEntity.ok(toApi(run, run.dryRun())))
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "runId", "No such retention run"));
    }

    @Override
    public ResponseEntity<RetentionStatus> getRetentionStatus() {
        RetentionPurge.Status status = purge.status();
        return ResponseEntity.ok(new RetentionStatus(utc(status.asOf()), status.pastRetention())
                .lastRun(status.lastRun().map(run -> toApi(run, false)).orElse(null)));
    }

    private RetentionRun toApi(Run run, boolean withCandidates) {
        RetentionRun api = new RetentionRun(
                        run.id(),
                        run.dryRun(),
                        utc(run.asOf()),
                        RetentionRun.StateEnum.fromValue(run.state()),
                        run.requestedBy(),
                        utc(run.startedAt()),
                        run.processed(),
                        run.pastRetention(),
                        run.purged(),
                        runs.countByPurpose(run.id()),
                        runs.countByBasis(run.id()))
                .completedAt(run.completedAt().map(RetentionController::utc).orElse(null))
                .checkpoint(run.checkpoint().orElse(null));
        if (withCandidates) {
            runs.candidates(run.id())
                    .forEach(candidate -> api.addCandidatesItem(new RetentionCandidate(
                            candidate.subjectId(),
                            utc(candidate.pastRetentionSince()),
                            candidate.expired().stream()
                                    .map(RetentionController::toApi)
                                    .toList())));
        }
        return api;
    }

    private static RetentionExpiry toApi(Expiry expiry) {
        return new RetentionExpiry(
                        RetentionExpiry.BasisEnum.fromValue(expiry.basis().code()),
                        utc(expiry.basisAt()),
                        utc(expiry.expiresAt()))
                .purpose(expiry.purpose().map(Purpose::name).orElse(null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

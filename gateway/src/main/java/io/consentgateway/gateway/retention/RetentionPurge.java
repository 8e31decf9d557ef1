package io.consentgateway.gateway.retention;

import io.consentgateway.audit.RevisionContext;
import io.consentgateway.audit.RevisionContextHolder;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.retention.RetentionCandidates.Examined;
import io.consentgateway.gateway.retention.RetentionRuns.Run;
import io.consentgateway.gateway.subject.SubjectErasure;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.retention.RetentionDecision;
import io.consentgateway.policies.retention.RetentionRule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the retention purge (PIPL Arts. 19, 47) in the background: subjects in id order, a batch per transaction,
 * the checkpoint advanced with each batch, so an interrupted run continues where it stopped. Candidates come from
 * SQL ({@link RetentionCandidates}); {@link RetentionRule} judges each; a purge erases with {@link SubjectErasure},
 * exactly as a completed deletion request does. A dry run only records what it found. Audited with purpose
 * {@code retention}.
 */
@Service
class RetentionPurge implements AutoCloseable {

    static final String PURPOSE = "retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final RetentionCandidates candidates;
    private final RetentionRuns runs;
    private final RetentionRule rule;
    private final SubjectErasure erasure;
    private final AuditTrail trail;
    private final RetentionMetrics metrics;
    private final RetentionProperties settings;
    private final TransactionTemplate transactions;
    private final RevisionContextHolder revisions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "retention-purge");
        thread.setDaemon(true);
        return thread;
    });

    RetentionPurge(
            RetentionCandidates candidates,
            RetentionRuns runs,
            RetentionRule rule,
            SubjectErasure erasure,
            AuditTrail trail,
            RetentionMetrics metrics,
            RetentionProperties settings,
            TransactionTemplate transactions,
            RevisionContextHolder revisions,
            Clock clock) {
        this.candidates = candidates;
        this.runs = runs;
        this.rule = rule;
        this.erasure = erasure;
        this.trail = trail;
        this.metrics = metrics;
        this.settings = settings;
        this.transactions = transactions;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** What was counted now: customers past retention and not held, and the last run. */
    record Status(Instant asOf, long pastRetention, Optional<Run> lastRun) {}

    /**
     * Starts a run in the background. A purge judges now; only a dry run may look at another instant. While a
     * purge is running (or was interrupted), asking for one returns that run, which continues from its checkpoint.
     */
    Run start(boolean dryRun, Optional<Instant> asOf, RevisionContext context) {
        if (!dryRun && asOf.isPresent()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "asOf", "Only a dry run may judge another instant");
        }
        Run run = revisions.callWith(context, () -> transactions.execute(status -> begin(dryRun, asOf, context)));
        worker.submit(() -> continueRun(run.id(), context));
        return run;
    }

    /** The scheduled tick: interrupted runs continue from their checkpoints; a purge as of now starts if none ran. */
    void scheduled() {
        RevisionContext context = new RevisionContext("schedule", "", PURPOSE, PURPOSE, "retention-schedule");
        runs.running().forEach(id -> worker.submit(() -> continueRun(id, context)));
        start(false, Optional.empty(), context);
    }

    Optional<Run> find(UUID runId) {
        return runs.find(runId);
    }

    Status status() {
        Instant now = clock.instant();
        long pastRetention = candidates.all(now).stream()
                .filter(id -> rule.decide(candidates.factsOf(id), now) instanceof RetentionDecision.PastRetention)
                .count();
        metrics.pastDue(pastRetention);
        return new Status(now, pastRetention, runs.latest());
    }

    /** Examines the rest of a run, batch after batch, on the worker thread. */
    void continueRun(UUID runId, RevisionContext context) {
        try {
            boolean more = true;
            while (more) {
                more = Boolean.TRUE.equals(
                        revisions.callWith(context, () -> transactions.execute(status -> nextBatch(runId, context))));
            }
        } catch (RuntimeException e) {
            log.error(
                    "Retention run {} stopped; it continues from its checkpoint on the next request or tick", runId, e);
        }
    }

    private Run begin(boolean dryRun, Optional<Instant> asOf, RevisionContext context) {
        if (!dryRun) {
            Optional<Run> running = runs.runningPurge();
            if (running.isPresent()) {
                return running.get();
            }
        }
        Instant now = clock.instant();
        Run run;
        try {
            run = runs.create(UUID.randomUUID(), dryRun, asOf.orElse(now), context.actor(), now);
        } catch (DuplicateKeyException raced) {
            return runs.runningPurge().orElseThrow(() -> raced);
        }
        trail.recordAdminIn(
                context,
                AuditAction.RETENTION_RUN_STARTED,
                "run " + run.id() + (dryRun ? " (dry run)" : " (purge)") + " as of " + run.asOf());
        return run;
    }

    /** @return true while there is more to examine */
    private boolean nextBatch(UUID runId, RevisionContext context) {
        Optional<Run> locked = runs.lock(runId).filter(Run::running);
        if (locked.isEmpty()) {
            return false;
        }
        Run run = locked.get();
        List<Examined> batch = candidates.nextBatch(run.checkpoint(), settings.batchSize(), run.asOf());
        if (batch.isEmpty()) {
            finish(run, context);
            return false;
        }
        int pastRetention = 0;
        int purged = 0;
        for (Examined examined : batch) {
            if (examined.candidate()
                    && rule.decide(candidates.factsOf(examined.subjectId()), run.asOf())
                            instanceof RetentionDecision.PastRetention past) {
                runs.recordExpiries(run.id(), examined.subjectId(), past.expired());
                pastRetention++;
                if (!run.dryRun()) {
                    // PIPL Art. 47(1): retention expired, consent withdrawn or purpose achieved: erase.
                    erasure.erase(examined.subjectId());
                    trail.recordIn(context, AuditAction.RETENTION_PURGED, examined.subjectId(), List.of());
                    purged++;
                }
            }
        }
        runs.advance(run.id(), batch.get(batch.size() - 1).subjectId(), batch.size(), pastRetention, purged);
        return true;
    }

    private void finish(Run run, RevisionContext context) {
        runs.complete(run.id(), clock.instant());
        trail.recordAdminIn(
                context,
                AuditAction.RETENTION_RUN_COMPLETED,
                "run " + run.id() + ": examined " + run.processed() + ", past retention " + run.pastRetention()
                        + ", erased " + run.purged());
        if (run.judgedAtStart()) {
            metrics.pastDue(run.pastRetention() - run.purged());
        }
        log.info(
                "Retention run {} completed: examined {}, past retention {}, erased {}",
                run.id(),
                run.processed(),
                run.pastRetention(),
                run.purged());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

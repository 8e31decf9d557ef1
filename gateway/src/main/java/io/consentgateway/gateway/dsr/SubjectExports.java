package io.consentgateway.gateway.dsr;

import io.consentgateway.audit.RevisionContext;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.gateway.keys.FieldEncryption;
import io.consentgateway.gateway.system.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Access and export requests as jobs (PIPL Art. 45): the zip is built in the background with its progress recorded,
 * sealed under the subject's own data key (so an erasure reaches it too), downloadable for seven days, then deleted.
 */
@Component
class SubjectExports implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SubjectExports.class);
    private static final Duration KEPT = Duration.ofDays(7);
    private static final String FIELD = "dsrExport";

    private final SubjectExportArchive archive;
    private final DataKeys dataKeys;
    private final FieldEncryption encryption;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "subject-exports");
        thread.setDaemon(true);
        return thread;
    });

    SubjectExports(
            SubjectExportArchive archive,
            DataKeys dataKeys,
            FieldEncryption encryption,
            JdbcTemplate jdbc,
            Clock clock) {
        this.archive = archive;
        this.dataKeys = dataKeys;
        this.encryption = encryption;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the job in the caller's transaction and starts it once that commits.
     *
     * @param whenReady called on the worker once the export can be downloaded
     */
    void start(UUID requestId, UUID subjectId, RevisionContext context, Consumer<UUID> whenReady) {
        Instant now = clock.instant();
        jdbc.update(
                "insert into dsr_export (request_id, subject_id, state, progress, created_at, expires_at)"
                        + " values (?, ?, 'running', 0, ?, ?)",
                requestId,
                subjectId,
                Timestamp.from(now),
                Timestamp.from(now.plus(KEPT)));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.submit(() -> run(requestId, subjectId, context, whenReady));
            }
        });
    }

    private void run(UUID requestId, UUID subjectId, RevisionContext context, Consumer<UUID> whenReady) {
        try {
            byte[] zip = archive.build(subjectId, context, percent -> progress(requestId, percent));
            String sealed = Base64.getEncoder().encodeToString(zip);
            byte[] ciphertext = encryption.encrypt(dataKeys.forSubject(subjectId), FIELD, sealed);
            jdbc.update(
                    "update dsr_export set state = 'ready', progress = 100, sealed_zip = ?, ready_at = ?"
                            + " where request_id = ?",
                    ciphertext,
                    Timestamp.from(clock.instant()),
                    requestId);
            whenReady.accept(requestId);
        } catch (RuntimeException e) {
            log.error(
                    "Export for request {} failed: {}", requestId, e.getClass().getSimpleName());
            jdbc.update("update dsr_export set state = 'failed' where request_id = ?", requestId);
        }
    }

    private void progress(UUID requestId, int percent) {
        jdbc.update("update dsr_export set progress = ? where request_id = ?", Math.min(percent, 99), requestId);
    }

    Optional<Integer> progress(UUID requestId) {
        return jdbc
                .queryForList("select progress from dsr_export where request_id = ?", Integer.class, requestId)
                .stream()
                .findFirst();
    }

    /** @throws FieldProblem 409 while the export is still being prepared, 410 once it expired */
    byte[] download(UUID requestId) {
        Map<String, Object> row = jdbc
                .queryForList(
                        "select subject_id, state, progress, sealed_zip from dsr_export where request_id = ?",
                        requestId)
                .stream()
                .findFirst()
                .orElseThrow(() -> new FieldProblem(
                        HttpStatus.GONE, "requestId", "The export is no longer kept; file a new request"));
        if (!"ready".equals(row.get("state"))) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT, "requestId", "The export is being prepared (" + row.get("progress") + "%)");
        }
        UUID subjectId = (UUID) row.get("subject_id");
        String sealed = encryption.decrypt(
                dataKeys.find(subjectId)
                        .orElseThrow(() -> new FieldProblem(HttpStatus.GONE, "requestId", "The customer was erased")),
                FIELD,
                (byte[]) row.get("sealed_zip"));
        return Base64.getDecoder().decode(sealed);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void removeExpired() {
        int removed = jdbc.update("delete from dsr_export where expires_at < ?", Timestamp.from(clock.instant()));
        if (removed > 0) {
            log.info("Removed {} expired subject exports", removed);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

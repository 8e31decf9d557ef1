package io.consentgateway.gateway.keys;

import io.consentgateway.audit.RevisionContext;
import io.consentgateway.audit.RevisionContextHolder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * KEK rotation: a new KEK version wraps all new keys at once; a background worker then re-wraps every existing
 * data key, signing key and quarantine key in batches, each batch its own transaction, without touching any field
 * ciphertext. Resumable: after a crash or restart a running rotation continues where it stopped. Audited.
 */
public class KeyRotations implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeyRotations.class);
    private static final int BATCH = 500;
    static final String PURPOSE = "key-rotation";

    private final Keyring keyring;
    private final KeyWrapping wrapping;
    private final Envelopes envelopes;
    private final SubjectKeyRepository subjectKeys;
    private final SigningKeyRepository signingKeys;
    private final KeyRotationRepository rotations;
    private final List<WrappedKeyHolder> holders;
    private final TransactionTemplate transactions;
    private final RevisionContextHolder revisions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kek-rotation");
        thread.setDaemon(true);
        return thread;
    });

    KeyRotations(
            Keyring keyring,
            KeyWrapping wrapping,
            Envelopes envelopes,
            SubjectKeyRepository subjectKeys,
            SigningKeyRepository signingKeys,
            KeyRotationRepository rotations,
            List<WrappedKeyHolder> holders,
            TransactionTemplate transactions,
            RevisionContextHolder revisions,
            Clock clock) {
        this.keyring = keyring;
        this.wrapping = wrapping;
        this.envelopes = envelopes;
        this.subjectKeys = subjectKeys;
        this.signingKeys = signingKeys;
        this.rotations = rotations;
        this.holders = holders;
        this.transactions = transactions;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Starts a rotation, or returns the one still running (which then resumes). */
    public KeyRotationStatus start(RevisionContext context) {
        String actor = context.actor();
        KeyRotation rotation = revisions.callWith(
                context,
                () -> transactions.execute(status -> rotations
                        .findFirstByStatus(KeyRotation.RUNNING)
                        .orElseGet(() -> {
                            String from = wrapping.currentKekId();
                            String to = KeyWrapping.kekId(keyring.addKekVersion());
                            return rotations.save(new KeyRotation(UUID.randomUUID(), from, to, actor, clock.instant()));
                        })));
        worker.submit(() -> resume(rotation.id(), context));
        return rotation.status();
    }

    /** Continues a rotation that a restart interrupted. */
    public void resumeInterrupted() {
        rotations.findFirstByStatus(KeyRotation.RUNNING).ifPresent(rotation -> {
            log.info("Resuming KEK rotation {} to {}", rotation.id(), rotation.toKek());
            RevisionContext context =
                    new RevisionContext(rotation.requestedBy(), "", "api", PURPOSE, "resume-" + rotation.id());
            worker.submit(() -> resume(rotation.id(), context));
        });
    }

    public Optional<KeyRotationStatus> status(UUID id) {
        return rotations.findById(id).map(KeyRotation::status);
    }

    private void resume(UUID id, RevisionContext context) {
        try {
            boolean more = true;
            while (more) {
                more = revisions.callWith(context, () -> transactions.execute(status -> rewrapBatch(id)));
            }
            log.info("KEK rotation {} completed", id);
        } catch (RuntimeException e) {
            log.error("KEK rotation {} stopped; it resumes on the next start or request", id, e);
        }
    }

    /** @return true while there is more to do */
    private boolean rewrapBatch(UUID id) {
        KeyRotation rotation = rotations.findById(id).orElseThrow();
        String target = rotation.toKek();
        int done = 0;
        for (SubjectKey key :
                subjectKeys.findByKekIdNotAndWrappedKeyIsNotNullOrderBySubjectId(target, Limit.of(BATCH))) {
            String context = DataKeys.context(key.subjectId());
            key.rewrap(wrapping.wrap(wrapping.unwrap(key.wrappedKey(), context), context));
            done++;
        }
        for (SigningKey key : signingKeys.findByKekIdNot(target)) {
            String context = Signer.context(key.keyId());
            key.rewrap(wrapping.wrap(wrapping.unwrap(key.wrappedPrivateKey(), context), context));
            done++;
        }
        for (WrappedKeyHolder holder : holders) {
            done += holder.rewrapBatch(envelopes, target, BATCH);
        }
        rotation.progressed(done);
        if (done == 0) {
            rotation.complete(clock.instant());
        }
        return done > 0;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

package io.consentgateway.gateway.keys;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a subject by destroying its data key (PIPL Art. 47): every ciphertext of that subject — live rows, Envers
 * history, replicas, backups taken after the key's last copy — becomes unreadable, and nobody else's changes.
 */
public class CryptoShredder {

    private static final Logger log = LoggerFactory.getLogger(CryptoShredder.class);

    private final SubjectKeyRepository keys;
    private final Clock clock;

    CryptoShredder(SubjectKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** @return true when a live key was destroyed, false when there was none (already erased or unknown) */
    @Transactional
    public boolean shred(UUID subjectId) {
        return keys.findById(subjectId)
                .filter(key -> !key.destroyed())
                .map(key -> {
                    key.destroy(clock.instant());
                    log.info("Destroyed the data key of subject {}", subjectId);
                    return true;
                })
                .orElse(false);
    }
}

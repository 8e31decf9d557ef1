package io.consentgateway.gateway.audit;

import io.consentgateway.audit.chain.HashChain;
import io.consentgateway.gateway.keys.HashAlgorithm;
import io.consentgateway.gateway.keys.Hasher;
import io.consentgateway.gateway.keys.Signer;
import io.consentgateway.gateway.keys.Signer.DetachedSignature;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends queued audit rows to the hash chain in the order they were queued, and signs a checkpoint every N links
 * or M minutes. Writers never wait for the chain (a trigger queues their rows in their own transaction); one chainer
 * at a time holds a transaction-scoped advisory lock, so several gateway instances can share a database.
 */
@Component
public class AuditChainer {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
    private static final long CHAIN_LOCK = 0x61756469745f6368L; // "audit_ch"
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final HashChain chain;
    private final HashAlgorithm algorithm;
    private final Signer signer;
    private final AuditProperties properties;
    private final Clock clock;

    AuditChainer(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Hasher hasher,
            Signer signer,
            AuditProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.chain = AuditChainHashing.chain(hasher);
        this.algorithm = hasher.algorithm();
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${gateway.audit.chain-interval:1s}",
            initialDelayString = "${gateway.audit.chain-interval:1s}")
    void scheduled() {
        try {
            chainPending();
        } catch (RuntimeException e) {
            log.error(
                    "Chaining audit rows failed; they stay queued: {}",
                    e.getClass().getSimpleName());
        }
    }

    /** Chains everything queued so far (also called before a verification or an export). */
    public void chainPending() {
        while (Boolean.TRUE.equals(transactions.execute(status -> chainBatch()))) {
            // next batch
        }
    }

    private boolean chainBatch() {
        if (!Boolean.TRUE.equals(
                jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, CHAIN_LOCK))) {
            return false;
        }
        AuditChainHashing.canonicalSession(jdbc);
        List<Pending> pending = jdbc.query(
                "select id, source, source_id from audit_pending order by id limit ?",
                (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)),
                BATCH);
        if (pending.isEmpty()) {
            checkpointIfDue(false);
            return false;
        }
        Map<String, String> canonical = canonicalRows(pending);
        Head head = head();
        long position = head.position();
        String prev = head.hash();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> links = new ArrayList<>(pending.size());
        for (Pending row : pending) {
            String content = canonical.get(CanonicalRows.key(row.source(), row.sourceId()));
            if (content == null) {
                // queued in the same transaction as the row, so the row exists unless someone deleted it since
                log.error("Audit row {} {} vanished before it was chained", row.source(), row.sourceId());
                continue;
            }
            position++;
            String hash = chain.link(algorithm.configName(), prev, row.source(), row.sourceId(), content);
            links.add(new Object[] {position, row.source(), row.sourceId(), algorithm.configName(), prev, hash, now});
            prev = hash;
        }
        jdbc.batchUpdate(
                "insert into audit_chain (position, source, source_id, algorithm, prev_hash, hash, chained_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                links);
        // exactly the rows taken: a row queued by a transaction that commits later may have a lower id
        jdbc.update("delete from audit_pending where id = any(?)", (Object)
                pending.stream().map(Pending::id).toArray(Long[]::new));
        checkpointIfDue(true);
        return pending.size() == BATCH;
    }

    private Map<String, String> canonicalRows(List<Pending> pending) {
        return CanonicalRows.load(
                jdbc,
                pending.stream()
                        .collect(Collectors.groupingBy(
                                Pending::source, Collectors.mapping(Pending::sourceId, Collectors.toList()))));
    }

    private void checkpointIfDue(boolean added) {
        Head head = head();
        if (head.position() == 0) {
            return;
        }
        Map<String, Object> last =
                jdbc.queryForList("select position, signed_at from audit_checkpoint order by id desc limit 1").stream()
                        .findFirst()
                        .orElse(Map.of("position", 0L, "signed_at", Timestamp.from(Instant.EPOCH)));
        long since = head.position() - ((Number) last.get("position")).longValue();
        Instant lastSigned = ((Timestamp) last.get("signed_at")).toInstant();
        boolean byRows = since >= properties.checkpointEveryRows();
        boolean byTime =
                since > 0 && !lastSigned.plus(properties.checkpointEvery()).isAfter(clock.instant());
        if (byRows || byTime) {
            sign(head);
        }
    }

    private void sign(Head head) {
        // microseconds, as PostgreSQL stores them, so the signed text is exactly what is read back
        Instant signedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DetachedSignature signature =
                signer.sign(HashChain.checkpointStatement(head.position(), head.hash(), signedAt.toString()));
        jdbc.update(
                "insert into audit_checkpoint (position, head_hash, signed_at, signature_algorithm, signature_key_id,"
                        + " signature) values (?, ?, ?, ?, ?, ?)",
                head.position(),
                head.hash(),
                Timestamp.from(signedAt),
                signature.algorithm().configName(),
                signature.keyId(),
                signature.value());
    }

    private Head head() {
        return jdbc
                .query(
                        "select position, hash from audit_chain order by position desc limit 1",
                        (rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
                .stream()
                .findFirst()
                .orElse(new Head(0, HashChain.GENESIS));
    }

    private record Pending(long id, String source, String sourceId) {}

    private record Head(long position, String hash) {}
}

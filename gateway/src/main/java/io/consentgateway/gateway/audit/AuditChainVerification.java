package io.consentgateway.gateway.audit;

import io.consentgateway.audit.chain.ChainBreak;
import io.consentgateway.audit.chain.ChainEntry;
import io.consentgateway.audit.chain.ChainReport;
import io.consentgateway.audit.chain.ChainVerifier;
import io.consentgateway.audit.chain.Checkpoint;
import io.consentgateway.audit.chain.HashChain;
import io.consentgateway.gateway.keys.Hasher;
import io.consentgateway.gateway.keys.SignatureAlgorithm;
import io.consentgateway.gateway.keys.Signer;
import io.consentgateway.gateway.keys.Signer.DetachedSignature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-derives every link from the audit rows as they are now and checks the signed checkpoints: the answer to "was
 * the record altered?". Used by the compliance API and by {@code java -jar consent-gateway-exec.jar audit verify}.
 */
@Component
public class AuditChainVerification {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ChainVerifier verifier;
    private final Signer signer;
    private final AuditChainer chainer;

    AuditChainVerification(
            JdbcTemplate jdbc, TransactionTemplate transactions, Hasher hasher, Signer signer, AuditChainer chainer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.verifier = new ChainVerifier(AuditChainHashing.chain(hasher));
        this.signer = signer;
        this.chainer = chainer;
    }

    /** The verdict, with what is still queued and the latest checkpoint. */
    public ChainStatus verify() {
        chainer.chainPending();
        return transactions.execute(status -> {
            AuditChainHashing.canonicalSession(jdbc);
            List<Checkpoint> checkpoints = checkpoints();
            ChainReport report =
                    verifier.verify(batches(), this::canonicalRows, checkpoints, this::signatureValid, unchained());
            long pending = jdbc.queryForObject("select count(*) from audit_pending", Long.class);
            return new ChainStatus(
                    report, pending, checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1));
        });
    }

    /** The chain's head now (position, hash), for export manifests. */
    public Map<String, Object> head() {
        return jdbc.queryForList("select position, hash from audit_chain order by position desc limit 1").stream()
                .findFirst()
                .orElse(Map.of("position", 0L, "hash", HashChain.GENESIS));
    }

    private Iterator<List<ChainEntry>> batches() {
        return new Iterator<>() {
            private long after = 0;
            private List<ChainEntry> next = load();

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<ChainEntry> next() {
                if (next.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<ChainEntry> current = next;
                after = current.get(current.size() - 1).position();
                next = load();
                return current;
            }

            private List<ChainEntry> load() {
                return jdbc.query(
                        "select position, source, source_id, algorithm, prev_hash, hash from audit_chain"
                                + " where position > ? order by position limit ?",
                        (rs, i) -> new ChainEntry(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)),
                        after,
                        BATCH);
            }
        };
    }

    private Map<Long, String> canonicalRows(List<ChainEntry> batch) {
        Map<String, String> rows = CanonicalRows.load(
                jdbc,
                batch.stream()
                        .collect(Collectors.groupingBy(
                                ChainEntry::source, Collectors.mapping(ChainEntry::sourceId, Collectors.toList()))));
        Map<Long, String> byPosition = new HashMap<>();
        batch.forEach(entry -> {
            String row = rows.get(CanonicalRows.key(entry.source(), entry.sourceId()));
            if (row != null) {
                byPosition.put(entry.position(), row);
            }
        });
        return byPosition;
    }

    private List<Checkpoint> checkpoints() {
        return jdbc.query(
                "select position, head_hash, signed_at, signature_algorithm, signature_key_id, signature"
                        + " from audit_checkpoint order by id",
                (rs, i) -> new Checkpoint(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant().toString(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBytes(6)));
    }

    private boolean signatureValid(Checkpoint checkpoint) {
        try {
            return signer.verify(
                    HashChain.checkpointStatement(checkpoint.position(), checkpoint.headHash(), checkpoint.signedAt()),
                    new DetachedSignature(
                            SignatureAlgorithm.fromConfig(checkpoint.algorithm()),
                            checkpoint.keyId(),
                            checkpoint.signature()));
        } catch (IllegalArgumentException unknownAlgorithm) {
            return false;
        }
    }

    /** Audit rows that are neither chained nor queued: their queue entry was removed behind the chainer's back. */
    private List<ChainBreak> unchained() {
        List<ChainBreak> found = new ArrayList<>();
        for (ChainedTable table : ChainedTable.values()) {
            jdbc.query(
                    "select t.id::text from " + table.table() + " t where not exists (select 1 from audit_chain c"
                            + " where c.source = ? and c.source_id = t.id::text) and not exists (select 1 from"
                            + " audit_pending p where p.source = ? and p.source_id = t.id::text) limit 1",
                    rs -> {
                        found.add(new ChainBreak(0, table.table(), rs.getString(1), ChainBreak.Reason.ROW_UNCHAINED));
                    },
                    table.table(),
                    table.table());
        }
        return found;
    }

    /** The report plus what the API shows around it. */
    public record ChainStatus(ChainReport report, long pending, Checkpoint lastCheckpoint) {}
}

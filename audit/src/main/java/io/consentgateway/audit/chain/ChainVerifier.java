package io.consentgateway.audit.chain;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Walks the chain from position 1 and reports the first place it does not hold. Storage is supplied: the entries in
 * position order, each row's current canonical form (empty if the row is gone), the checkpoints and a signature check.
 */
public final class ChainVerifier {

    private final HashChain chain;

    public ChainVerifier(HashChain chain) {
        this.chain = chain;
    }

    /**
     * @param entries the chain in ascending position order
     * @param canonicalRows a batch lookup: for the given entries, each one's canonical row by position (absent when
     *     deleted)
     * @param checkpoints all checkpoints
     * @param signatureValid whether a checkpoint's signature verifies
     * @param unchained rows of the audit tables that are neither chained nor pending
     */
    public ChainReport verify(
            Iterator<List<ChainEntry>> entries,
            Function<List<ChainEntry>, Map<Long, String>> canonicalRows,
            List<Checkpoint> checkpoints,
            Predicate<Checkpoint> signatureValid,
            List<ChainBreak> unchained) {
        long expected = 1;
        String prev = HashChain.GENESIS;
        Map<Long, String> hashes = new HashMap<>();
        Map<Long, Boolean> wanted = new HashMap<>();
        checkpoints.forEach(checkpoint -> wanted.put(checkpoint.position(), true));
        while (entries.hasNext()) {
            List<ChainEntry> batch = entries.next();
            Map<Long, String> rows = canonicalRows.apply(batch);
            for (ChainEntry entry : batch) {
                if (entry.position() != expected) {
                    return ChainReport.broken(
                            expected - 1,
                            new ChainBreak(expected, entry.source(), entry.sourceId(), ChainBreak.Reason.POSITION_GAP));
                }
                if (!entry.prevHash().equals(prev)) {
                    return ChainReport.broken(
                            expected - 1,
                            new ChainBreak(
                                    entry.position(), entry.source(), entry.sourceId(), ChainBreak.Reason.BROKEN_LINK));
                }
                String row = rows.get(entry.position());
                if (row == null) {
                    return ChainReport.broken(
                            expected - 1,
                            new ChainBreak(
                                    entry.position(), entry.source(), entry.sourceId(), ChainBreak.Reason.ROW_DELETED));
                }
                String hash = chain.link(entry.algorithm(), prev, entry.source(), entry.sourceId(), row);
                if (!hash.equals(entry.hash())) {
                    return ChainReport.broken(
                            expected - 1,
                            new ChainBreak(
                                    entry.position(), entry.source(), entry.sourceId(), ChainBreak.Reason.ROW_ALTERED));
                }
                if (wanted.containsKey(entry.position())) {
                    hashes.put(entry.position(), hash);
                }
                prev = hash;
                expected++;
            }
        }
        long length = expected - 1;
        for (Checkpoint checkpoint : checkpoints) {
            Optional<ChainBreak.Reason> problem = checkpointProblem(checkpoint, length, hashes, signatureValid);
            if (problem.isPresent()) {
                return ChainReport.broken(length, new ChainBreak(checkpoint.position(), null, null, problem.get()));
            }
        }
        if (!unchained.isEmpty()) {
            return ChainReport.broken(length, unchained.get(0));
        }
        return ChainReport.ok(length, checkpoints.size());
    }

    private static Optional<ChainBreak.Reason> checkpointProblem(
            Checkpoint checkpoint, long length, Map<Long, String> hashes, Predicate<Checkpoint> signatureValid) {
        if (!signatureValid.test(checkpoint)) {
            return Optional.of(ChainBreak.Reason.CHECKPOINT_SIGNATURE_INVALID);
        }
        if (checkpoint.position() > length) {
            return Optional.of(ChainBreak.Reason.TRUNCATED_AFTER_CHECKPOINT);
        }
        if (!checkpoint.headHash().equals(hashes.get(checkpoint.position()))) {
            return Optional.of(ChainBreak.Reason.CHECKPOINT_MISMATCH);
        }
        return Optional.empty();
    }
}

package io.consentgateway.audit.chain;

import java.util.Optional;

/**
 * The verifier's verdict.
 *
 * @param verifiedPositions how many positions were found intact from the start
 * @param checkpoints how many signed checkpoints were checked (when intact)
 * @param firstBreak where and why it stopped holding, if it did
 */
public record ChainReport(long verifiedPositions, int checkpoints, Optional<ChainBreak> firstBreak) {

    static ChainReport ok(long positions, int checkpoints) {
        return new ChainReport(positions, checkpoints, Optional.empty());
    }

    static ChainReport broken(long intactPositions, ChainBreak firstBreak) {
        return new ChainReport(intactPositions, 0, Optional.of(firstBreak));
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}

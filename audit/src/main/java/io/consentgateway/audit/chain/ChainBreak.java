package io.consentgateway.audit.chain;

/**
 * The first place the chain does not hold, and why.
 *
 * @param position the chain position (or the checkpoint's position)
 * @param source the audit table concerned, if any
 * @param sourceId the row concerned, if any
 * @param reason one of the {@link Reason}s
 */
public record ChainBreak(long position, String source, String sourceId, Reason reason) {

    public enum Reason {
        /** A position is missing or repeated: links were deleted or inserted. */
        POSITION_GAP,
        /** prev_hash does not equal the hash of the previous position: links were reordered or replaced. */
        BROKEN_LINK,
        /** The audit row no longer exists. */
        ROW_DELETED,
        /** The audit row's content no longer produces its hash. */
        ROW_ALTERED,
        /** An audit row exists that is neither chained nor waiting to be. */
        ROW_UNCHAINED,
        /** A checkpoint covers positions the chain no longer has. */
        TRUNCATED_AFTER_CHECKPOINT,
        /** A checkpoint's head hash differs from the chain's hash at that position. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not verify. */
        CHECKPOINT_SIGNATURE_INVALID
    }

    public String describe() {
        String row = source == null ? "" : " (" + source + " " + sourceId + ")";
        return switch (reason) {
            case POSITION_GAP -> "position " + position + " is missing or out of sequence" + row;
            case BROKEN_LINK -> "position " + position + " does not link to the position before it" + row;
            case ROW_DELETED -> "the audit row at position " + position + " was deleted" + row;
            case ROW_ALTERED -> "the audit row at position " + position + " was altered" + row;
            case ROW_UNCHAINED -> "an audit row was never chained" + row;
            case TRUNCATED_AFTER_CHECKPOINT -> "a checkpoint covers position " + position + " but the chain is shorter";
            case CHECKPOINT_MISMATCH -> "the checkpoint at position " + position + " does not match the chain";
            case CHECKPOINT_SIGNATURE_INVALID -> "the checkpoint at position " + position + " has an invalid signature";
        };
    }
}

package io.consentgateway.audit;

/** Audited data was changed outside {@link RevisionContextHolder#callWith}: a programming error, never ignored. */
public final class MissingRevisionContextException extends IllegalStateException {

    public MissingRevisionContextException() {
        super("Audited data changed without a revision context (actor, channel, purpose, request id)");
    }
}

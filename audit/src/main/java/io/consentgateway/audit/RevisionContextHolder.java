package io.consentgateway.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries the {@link RevisionContext} of the work running on the current thread to the Envers listener, which
 * Hibernate calls with no arguments of ours. One instance per application; the thread binding is scoped to
 * {@link #callWith} and always cleared.
 */
public final class RevisionContextHolder {

    private final ThreadLocal<RevisionContext> current = new ThreadLocal<>();

    public <T> T callWith(RevisionContext context, Supplier<T> work) {
        RevisionContext outer = current.get();
        current.set(context);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    public Optional<RevisionContext> current() {
        return Optional.ofNullable(current.get());
    }
}

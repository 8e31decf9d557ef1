package io.consentgateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RevisionContextHolderTest {

    private final RevisionContextHolder holder = new RevisionContextHolder();

    private static RevisionContext aContext(String actor) {
        return new RevisionContext(actor, "integrator", "web", "membership", "req-1");
    }

    @Test
    void contextIsVisibleOnlyInsideTheCall() {
        assertThat(holder.callWith(
                        aContext("a"), () -> holder.current().orElseThrow().actor()))
                .isEqualTo("a");
        assertThat(holder.current()).isEmpty();
    }

    @Test
    void nestedCallsRestoreTheOuterContext() {
        String outerAfterInner = holder.callWith(aContext("outer"), () -> {
            holder.callWith(
                    aContext("inner"), () -> holder.current().orElseThrow().actor());
            return holder.current().orElseThrow().actor();
        });
        assertThat(outerAfterInner).isEqualTo("outer");
    }

    @Test
    void contextIsClearedWhenTheWorkFails() {
        assertThatThrownBy(() -> holder.callWith(aContext("a"), () -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(holder.current()).isEmpty();
    }

    // PIPL Art. 51 / CSL Art. 21: every change is attributable; a revision without context is refused.
    @Test
    void aRevisionWithoutContextIsRefused() {
        AuditRevisionListener listener = new AuditRevisionListener(holder);
        assertThatThrownBy(() -> listener.newRevision(new AuditRevision()))
                .isInstanceOf(MissingRevisionContextException.class);
    }
}

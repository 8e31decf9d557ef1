package io.consentgateway.audit;

import org.hibernate.envers.RevisionListener;

/**
 * Fills each revision from the {@link RevisionContextHolder}. A change with no context is refused: every change to
 * customer data must be attributable to an actor and a purpose (PIPL Art. 51; Cybersecurity Law Art. 21).
 * Hibernate obtains this listener from the Spring bean container, which supplies the holder.
 */
public class AuditRevisionListener implements RevisionListener {

    private final RevisionContextHolder contexts;

    public AuditRevisionListener(RevisionContextHolder contexts) {
        this.contexts = contexts;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        RevisionContext context = contexts.current().orElseThrow(() -> new MissingRevisionContextException());
        ((AuditRevision) revisionEntity).describe(context);
    }
}

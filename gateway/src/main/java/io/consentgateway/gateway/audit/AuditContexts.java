package io.consentgateway.gateway.audit;

import io.consentgateway.audit.RevisionContext;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.RequestIds;
import org.springframework.stereotype.Component;

/** The revision context of work done for the current caller in the current request. */
@Component
public class AuditContexts {

    private final CurrentCaller caller;
    private final RequestOrigin origin;

    AuditContexts(CurrentCaller caller, RequestOrigin origin) {
        this.caller = caller;
        this.origin = origin;
    }

    public RevisionContext forCaller(String channel, String purpose) {
        return forActor(caller.name(), caller.roles(), channel, purpose);
    }

    /** For work whose actor was captured earlier in the request (an ingest batch's integrator). */
    public RevisionContext forActor(String actor, String roles, String channel, String purpose) {
        return new RevisionContext(
                actor,
                roles,
                channel,
                purpose,
                RequestIds.current(),
                origin.sourceIpDigest().orElse(null));
    }
}

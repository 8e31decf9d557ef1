package io.consentgateway.policies.consent;

/**
 * Which purposes the handler has put into operation. A purpose whose processing needs a personal information
 * protection impact assessment stays inactive until one approves it (PIPL Art. 55); an inactive purpose's processing
 * is refused.
 */
@FunctionalInterface
public interface ActivePurposes {

    boolean isActive(Purpose purpose);

    /** Every purpose in operation: for checks that concern consent alone. */
    static ActivePurposes all() {
        return purpose -> true;
    }
}

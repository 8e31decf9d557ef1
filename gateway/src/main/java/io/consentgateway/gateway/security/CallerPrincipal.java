package io.consentgateway.gateway.security;

import java.util.Set;

/** Who a verified token says the caller is: the user or client name and its realm roles. */
record CallerPrincipal(String name, Set<String> roles) {

    CallerPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return name;
    }
}

package io.consentgateway.gateway.security;

import java.util.Set;

/**
 * Who a verified token says the caller is: the user or client name, its realm roles, and the client the token was
 * issued to ({@code azp}, else {@code client_id}; null when the token names none).
 */
record CallerPrincipal(String name, Set<String> roles, String client) {

    CallerPrincipal {
        roles = Set.copyOf(roles);
    }

    CallerPrincipal(String name, Set<String> roles) {
        this(name, roles, null);
    }

    @Override
    public String toString() {
        return name;
    }
}

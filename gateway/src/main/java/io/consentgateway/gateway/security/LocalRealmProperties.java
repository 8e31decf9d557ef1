package io.consentgateway.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.security.local-users}: the development realm's users, with bcrypt password hashes and realm roles.
 * Used when no Keycloak issuer is configured; the gateway then listens on loopback only.
 */
@ConfigurationProperties("gateway.security")
public record LocalRealmProperties(List<LocalUser> localUsers) {

    public LocalRealmProperties {
        localUsers = localUsers == null ? List.of() : List.copyOf(localUsers);
    }

    /** @param passwordHash a bcrypt hash ($2a$/$2b$/$2y$) */
    public record LocalUser(String username, String passwordHash, List<String> roles) {
        public LocalUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        @Override
        public String toString() {
            return "LocalUser[" + username + ", roles=" + roles + "]";
        }
    }
}

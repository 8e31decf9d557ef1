package io.consentgateway.gateway.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The development realm (demo users from configuration over HTTP Basic) is for a developer's machine only: it is
 * refused under the {@code production} profile and on any address other than loopback, and it says so loudly.
 */
final class DevelopmentRealmGuard {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentRealmGuard.class);

    private DevelopmentRealmGuard() {}

    static void check(Environment environment) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("production")) {
            throw new IllegalStateException("The production profile needs gateway.security.keycloak.issuer:"
                    + " without Keycloak only the development realm exists, and it is never used in production");
        }
        String address = environment.getProperty("server.address");
        if (!isLoopback(address)) {
            throw new IllegalStateException("The development realm listens on loopback only, but server.address is "
                    + (address == null ? "every interface" : address)
                    + "; configure gateway.security.keycloak.issuer to serve other hosts");
        }
        log.warn(
                "DEVELOPMENT MODE: no Keycloak issuer configured; demo users from configuration authenticate over"
                        + " HTTP Basic on {} only. Configure gateway.security.keycloak.issuer for anything else.",
                address);
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package io.consentgateway.gateway.web;

import io.consentgateway.gateway.security.KeycloakProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers for the web pages: scripts, styles and API calls from this origin only (plus the Keycloak realm's token
 * endpoint when one is configured), no framing, no referrer (sign-in callbacks carry a code in the URL), and pages
 * never cached (they hold personal data once rendered).
 */
final class PageSecurityHeaders extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    PageSecurityHeaders(String keycloakOrigin) {
        String connect = keycloakOrigin.isEmpty() ? "'self'" : "'self' " + keycloakOrigin;
        this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src " + connect + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    static String keycloakOrigin(KeycloakProperties keycloak) {
        if (!keycloak.configured()) {
            return "";
        }
        URI issuer = URI.create(keycloak.effectiveBrowserIssuer());
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}

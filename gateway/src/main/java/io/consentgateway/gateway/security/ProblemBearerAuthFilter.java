package io.consentgateway.gateway.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.web.filter.authc.BearerHttpAuthenticationFilter;

/** Bearer-token authentication (Keycloak) whose 401 is a problem+json body and names no reason. */
final class ProblemBearerAuthFilter extends BearerHttpAuthenticationFilter {

    ProblemBearerAuthFilter() {
        setApplicationName("consent-gateway");
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        UnauthorizedResponse.write(request, response, "Bearer realm=\"" + getApplicationName() + "\"");
        return false;
    }
}

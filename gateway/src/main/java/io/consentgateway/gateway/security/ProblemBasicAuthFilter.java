package io.consentgateway.gateway.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

/** HTTP Basic authentication (development realm) whose 401 is a problem+json body like every other error. */
final class ProblemBasicAuthFilter extends BasicHttpAuthenticationFilter {

    ProblemBasicAuthFilter() {
        setApplicationName("consent-gateway");
    }

    /** Credentials that are not valid Base64 "user:password" are a failed login (401), not a server error. */
    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        try {
            return super.createToken(request, response);
        } catch (IllegalArgumentException undecodable) {
            return createToken("", "", request, response);
        }
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        UnauthorizedResponse.write(request, response, "Basic realm=\"" + getApplicationName() + "\"");
        return false;
    }
}

package io.consentgateway.gateway.security;

import io.consentgateway.gateway.system.RequestIds;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

/**
 * HTTP Basic authentication whose 401 is a problem+json body like every other error, not an empty page. The body
 * never says whether the user name or the password was wrong.
 */
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
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader(AUTHENTICATE_HEADER, getAuthcScheme() + " realm=\"" + getApplicationName() + "\"");
        http.setContentType("application/problem+json");
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Object requestId = request.getAttribute(RequestIds.MDC_KEY);
        String instance = ((HttpServletRequest) request).getRequestURI();
        try {
            http.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Valid credentials are required\",\"instance\":\"" + jsonEscape(instance)
                            + "\",\"requestId\":\"" + jsonEscape(String.valueOf(requestId)) + "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

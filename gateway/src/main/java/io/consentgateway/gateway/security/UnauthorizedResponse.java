package io.consentgateway.gateway.security;

import io.consentgateway.gateway.system.RequestIds;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 401 every authentication filter answers: a challenge header and a problem+json body like every other error.
 * It never says what was wrong with the credentials (unknown user, bad password, forged or expired token).
 */
final class UnauthorizedResponse {

    private UnauthorizedResponse() {}

    static void write(ServletRequest request, ServletResponse response, String challenge) {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader("WWW-Authenticate", challenge);
        http.setContentType("application/problem+json");
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the request id is a checked token ([A-Za-z0-9._-]) or a UUID; the path is never echoed
        String requestId = jsonEscape(String.valueOf(request.getAttribute(RequestIds.MDC_KEY)));
        try {
            http.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Valid credentials are required\",\"instance\":\"urn:request-id:"
                            + requestId + "\",\"requestId\":\"" + requestId + "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

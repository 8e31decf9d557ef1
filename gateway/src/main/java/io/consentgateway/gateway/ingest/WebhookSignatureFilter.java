package io.consentgateway.gateway.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.gateway.system.RequestIds;
import io.consentgateway.policies.webhook.WebhookSignature;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Channels configured with a signing secret accept a delivery only with a valid, fresh, never-seen HMAC signature
 * over its exact bytes; anything else is a 401 problem naming the header, and counted
 * ({@code gateway.ingest.webhook.rejected} by channel and reason). Runs after authentication.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class WebhookSignatureFilter extends OncePerRequestFilter {

    static final String SIGNATURE = "X-Signature";
    static final String TIMESTAMP = "X-Signature-Timestamp";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern INGEST = Pattern.compile("^/api/v1/ingest/([a-z][a-z0-9-]{1,31})$");

    private final Map<String, WebhookSignature> signatures;
    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookSignatureFilter(
            ChannelProperties channels, JdbcTemplate jdbc, MeterRegistry meters, ObjectMapper json, Clock clock) {
        this.signatures = channels.channels().entrySet().stream()
                .filter(channel -> channel.getValue().signed())
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey,
                        channel -> new WebhookSignature(
                                channel.getValue().signingSecret().getBytes(StandardCharsets.UTF_8), TOLERANCE)));
        this.jdbc = jdbc;
        this.meters = meters;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || channel(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String channel = channel(request).orElseThrow();
        byte[] body = request.getInputStream().readAllBytes();
        String signature = request.getHeader(SIGNATURE);
        Optional<WebhookSignature.Rejection> rejection =
                signatures.get(channel).check(signature, request.getHeader(TIMESTAMP), body, clock.instant());
        if (rejection.isPresent()) {
            String field = rejection.get() == WebhookSignature.Rejection.STALE ? TIMESTAMP : SIGNATURE;
            refuse(response, channel, rejection.get().code(), field);
            return;
        }
        int fresh = jdbc.update(
                "insert into webhook_replay (channel, signature, seen_at) values (?, ?, ?) on conflict do nothing",
                channel,
                signature.strip(),
                Timestamp.from(clock.instant()));
        if (fresh == 0) {
            refuse(response, channel, "replayed", SIGNATURE);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldSignatures() {
        jdbc.update(
                "delete from webhook_replay where seen_at < ?",
                Timestamp.from(clock.instant().minus(TOLERANCE.multipliedBy(2))));
    }

    private Optional<String> channel(HttpServletRequest request) {
        Matcher matcher = INGEST.matcher(request.getRequestURI());
        return matcher.matches() && signatures.containsKey(matcher.group(1))
                ? Optional.of(matcher.group(1))
                : Optional.empty();
    }

    private void refuse(HttpServletResponse response, String channel, String reason, String field) throws IOException {
        meters.counter("gateway.ingest.webhook.rejected", "channel", channel, "reason", reason)
                .increment();
        ObjectNode problem = json.createObjectNode()
                .put("type", "about:blank")
                .put("title", "Unauthorized")
                .put("status", 401)
                .put("detail", "The delivery is not signed as this channel requires (" + reason + ")")
                .put("field", field)
                .put("requestId", RequestIds.current());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toString());
    }

    /** The request with its body already read, so the API reads exactly the bytes that were verified. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}

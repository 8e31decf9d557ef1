package io.consentgateway.gateway.dsr;

import io.consentgateway.gateway.keys.BlindIndex;
import io.consentgateway.gateway.system.FieldProblem;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Proves that whoever called or walked in controls the registered phone: a six-digit code goes to that phone, the
 * handler types back what the caller reads out. Only a keyed digest of the code is stored; a few wrong tries end it.
 */
@Component
class RequesterVerification {

    private final JdbcTemplate jdbc;
    private final BlindIndex blindIndex;
    private final Notifier notifier;
    private final DsrProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RequesterVerification(
            JdbcTemplate jdbc, BlindIndex blindIndex, Notifier notifier, DsrProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    void challenge(UUID requestId, UUID subjectId) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        long minutes = properties.codeValidity().toMinutes();
        jdbc.update(
                "insert into dsr_verification (request_id, code_digest, expires_at, attempts) values (?, ?, ?, 0)",
                requestId,
                digest(requestId, code),
                Timestamp.from(clock.instant().plus(properties.codeValidity())));
        notifier.send(
                subjectId,
                "dsr-verification",
                "您的个人信息请求验证码为 " + code + "，" + minutes + "分钟内有效。Your verification code is " + code + ", valid for "
                        + minutes + " minutes.");
    }

    /** @throws FieldProblem 400 naming {@code code} when wrong, expired or tried too often */
    void check(UUID requestId, String code) {
        Map<String, Object> row = jdbc
                .queryForList(
                        "select code_digest, expires_at, attempts from dsr_verification where request_id = ?",
                        requestId)
                .stream()
                .findFirst()
                .orElseThrow(
                        () -> new FieldProblem(HttpStatus.CONFLICT, "requestId", "No code was sent for this request"));
        int attempts = ((Number) row.get("attempts")).intValue();
        Instant expires = ((Timestamp) row.get("expires_at")).toInstant();
        if (attempts >= properties.codeAttempts() || clock.instant().isAfter(expires)) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "code", "The code has expired; register the request again");
        }
        if (!digest(requestId, code).equals(row.get("code_digest"))) {
            jdbc.update("update dsr_verification set attempts = attempts + 1 where request_id = ?", requestId);
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "code", "The code is not the one sent");
        }
        jdbc.update("delete from dsr_verification where request_id = ?", requestId);
    }

    private String digest(UUID requestId, String code) {
        return blindIndex.of("dsr-code", requestId + ":" + code);
    }
}

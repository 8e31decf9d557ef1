package io.consentgateway.policies.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.webhook.WebhookSignature.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "[{\"openid\":\"o-1\"}]".getBytes(StandardCharsets.UTF_8);
    private final WebhookSignature signature = new WebhookSignature(
            "wechat-signing-secret-32-bytes!!".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5));
    private final Instant now = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void aFreshCorrectSignatureIsGenuine() {
        long at = now.getEpochSecond() - 30;
        assertThat(signature.check(signature.sign(at, BODY), String.valueOf(at), BODY, now))
                .isEmpty();
    }

    @Test
    void eachKindOfForgeryIsNamed() {
        long at = now.getEpochSecond();
        String signed = signature.sign(at, BODY);
        byte[] altered = "[{\"openid\":\"o-2\"}]".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.check(null, String.valueOf(at), BODY, now)).contains(Rejection.UNSIGNED);
        assertThat(signature.check(signed, null, BODY, now)).contains(Rejection.UNSIGNED);
        assertThat(signature.check("md5=abc", String.valueOf(at), BODY, now)).contains(Rejection.MALFORMED);
        assertThat(signature.check("sha256=zz", String.valueOf(at), BODY, now)).contains(Rejection.MALFORMED);
        assertThat(signature.check(signed, "yesterday", BODY, now)).contains(Rejection.MALFORMED);
        assertThat(signature.check(signed, String.valueOf(at), altered, now)).contains(Rejection.MISMATCH);
        assertThat(signature.check(signed, String.valueOf(at + 1), BODY, now))
                .as("the timestamp is signed too")
                .contains(Rejection.MISMATCH);
        long old = at - 600;
        assertThat(signature.check(signature.sign(old, BODY), String.valueOf(old), BODY, now))
                .contains(Rejection.STALE);
    }
}

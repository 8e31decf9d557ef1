package io.consentgateway.policies.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A channel's webhook signature: {@code X-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>} with
 * {@code X-Signature-Timestamp: <epoch seconds>}. A request is genuine when the signature matches (compared in constant
 * time) and the timestamp is within the tolerance; whether it was seen before is the caller's replay check.
 */
public final class WebhookSignature {

    private static final String PREFIX = "sha256=";

    private final byte[] secret;
    private final Duration tolerance;

    public WebhookSignature(byte[] secret, Duration tolerance) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("A webhook signing secret needs at least 16 bytes");
        }
        this.secret = secret.clone();
        this.tolerance = tolerance;
    }

    /** Why a request is not genuine. */
    public enum Rejection {
        UNSIGNED("unsigned"),
        MALFORMED("malformed-signature"),
        STALE("stale-timestamp"),
        MISMATCH("bad-signature");

        private final String code;

        Rejection(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** @return empty when genuine, else why not */
    public Optional<Rejection> check(String signature, String timestamp, byte[] body, Instant now) {
        if (signature == null || timestamp == null) {
            return Optional.of(Rejection.UNSIGNED);
        }
        long seconds;
        byte[] offered;
        try {
            seconds = Long.parseLong(timestamp.strip());
            if (!signature.startsWith(PREFIX)) {
                return Optional.of(Rejection.MALFORMED);
            }
            offered =
                    HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(Rejection.MALFORMED);
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            return Optional.of(Rejection.STALE);
        }
        return MessageDigest.isEqual(offered, mac(seconds, body)) ? Optional.empty() : Optional.of(Rejection.MISMATCH);
    }

    /** What a sender puts in {@code X-Signature}. */
    public String sign(long epochSeconds, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(epochSeconds, body));
    }

    private byte[] mac(long seconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((seconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

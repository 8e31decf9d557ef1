package io.consentgateway.policies.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why a value or record was not accepted, as a machine-readable reason naming the field, e.g.
 * {@code check-digit-mismatch:idNumber}. Never carries the rejected value itself.
 */
public record Rejection(String code, String field) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("rejection code must be kebab-case: " + code);
        }
        if (field.isBlank()) {
            throw new IllegalArgumentException("rejection must name a field");
        }
    }

    public String reason() {
        return code + ":" + field;
    }
}

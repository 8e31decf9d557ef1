package io.consentgateway.policies.access;

import java.util.Objects;
import java.util.regex.Pattern;

/** A permission in {@code domain:action[:scope]} form, e.g. {@code subject:read:masked}; {@code *} is a wildcard part. */
public record Permission(String value) {

    private static final Pattern SHAPE = Pattern.compile("([a-z][a-z-]*|\\*)(:([a-z][a-z-]*|\\*)){1,2}");

    public Permission {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("permissions look like domain:action[:scope]: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

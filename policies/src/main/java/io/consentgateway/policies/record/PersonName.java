package io.consentgateway.policies.record;

import java.util.Objects;

/** A person's name as given, whitespace collapsed; 1 to 64 characters without digits or control characters. */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 64;

    public PersonName {
        Objects.requireNonNull(value, "value");
        if (!isAcceptable(value)) {
            throw new IllegalArgumentException("not an acceptable person name");
        }
    }

    static boolean isAcceptable(String value) {
        int length = value.codePointCount(0, value.length());
        return !value.isBlank()
                && length <= MAX_LENGTH
                && value.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isDigit(c));
    }

    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}

package io.consentgateway.policies.consent;

import java.util.Objects;
import java.util.regex.Pattern;

/** A processing purpose by its catalogue name, e.g. {@code membership} or {@code marketing}. */
public record Purpose(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Purpose {
        Objects.requireNonNull(name, "name");
        if (!isValidName(name)) {
            throw new IllegalArgumentException("purpose names are kebab-case: " + name);
        }
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    @Override
    public String toString() {
        return name;
    }
}

package io.consentgateway.policies.access;

import java.util.Objects;
import java.util.regex.Pattern;

/** A realm role as Keycloak or the local realm issues it, e.g. {@code operations}. */
public record Role(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public Role {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("role names are lower-case: " + name);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

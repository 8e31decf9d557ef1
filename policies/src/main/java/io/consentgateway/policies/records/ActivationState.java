package io.consentgateway.policies.records;

import java.util.Objects;

/** A purpose in operation, or not and why (e.g. {@code assessment-missing}, {@code deactivated}). */
public sealed interface ActivationState {

    record Active() implements ActivationState {}

    record Inactive(String reason) implements ActivationState {
        public Inactive {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default boolean active() {
        return this instanceof Active;
    }
}

package io.consentgateway.policies.validation;

import java.util.Objects;
import java.util.function.Function;

/** Outcome of validating one value: either the normalised value or the reason it was rejected. */
public sealed interface Validated<T> {

    record Valid<T>(T value) implements Validated<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Valid[" + value.getClass().getSimpleName() + "]";
        }
    }

    record Invalid<T>(Rejection rejection) implements Validated<T> {
        public Invalid {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    static <T> Validated<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validated<T> invalid(String code, String field) {
        return new Invalid<>(new Rejection(code, field));
    }

    default <R> Validated<R> map(Function<T, R> mapper) {
        if (this instanceof Valid<T> valid) {
            return new Valid<>(mapper.apply(valid.value()));
        }
        return new Invalid<>(((Invalid<T>) this).rejection());
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }
}

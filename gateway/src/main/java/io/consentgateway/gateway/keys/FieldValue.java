package io.consentgateway.gateway.keys;

/** A stored field as read back: in clear, absent, or erased because the subject's key was destroyed. */
public sealed interface FieldValue {

    FieldValue ABSENT = new Absent();
    FieldValue ERASED = new Erased();

    record Clear(String value) implements FieldValue {
        @Override
        public String toString() {
            return "Clear[redacted]";
        }
    }

    record Absent() implements FieldValue {}

    record Erased() implements FieldValue {}

    /** The clear value, or null when absent or erased. */
    default String orNull() {
        return this instanceof Clear clear ? clear.value() : null;
    }
}

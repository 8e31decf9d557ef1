package io.consentgateway.gateway.subject;

import java.util.UUID;

/** What storing a record under a subject came to. */
public sealed interface Admission {

    /** Stored: under a new subject ({@code created}) or merged into the one with the same mobile or ID number. */
    record Stored(UUID subjectId, boolean created) implements Admission {}

    /** The channel delivered this source id before; nothing changed. */
    record AlreadyReceived(UUID subjectId) implements Admission {}

    /** The mobile and the ID number point at different subjects: a human must decide, so nothing is merged. */
    record IdentityConflict(String field) implements Admission {}
}

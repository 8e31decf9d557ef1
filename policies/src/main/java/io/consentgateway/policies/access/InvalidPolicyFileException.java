package io.consentgateway.policies.access;

/** A policy file that cannot be used; the message names the file and what is wrong, so start-up fails clearly. */
public final class InvalidPolicyFileException extends RuntimeException {

    public InvalidPolicyFileException(String fileName, String problem) {
        super("Invalid policy file " + fileName + ": " + problem);
    }
}

package io.consentgateway.policies.access;

/** A policy file that cannot be used; the message names the file, the line and what is wrong, so start-up fails. */
public final class InvalidPolicyFileException extends RuntimeException {

    public InvalidPolicyFileException(String fileName, String problem) {
        super("Invalid policy file " + fileName + ": " + problem);
    }

    public InvalidPolicyFileException(String fileName, int line, String problem) {
        super("Invalid policy file " + fileName + ", line " + line + ": " + problem);
    }
}

package io.consentgateway.gateway.keys;

/** A ciphertext failed authentication: altered, truncated, or moved to another row or column. Never ignored. */
public final class TamperedCiphertextException extends RuntimeException {

    public TamperedCiphertextException() {
        super("Ciphertext failed authentication (altered, truncated or moved)");
    }
}

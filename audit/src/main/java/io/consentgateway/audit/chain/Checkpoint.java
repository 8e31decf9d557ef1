package io.consentgateway.audit.chain;

/**
 * A signed statement that the chain's head was {@code headHash} at {@code position}.
 *
 * @param signedAt ISO-8601 instant, as signed
 */
public record Checkpoint(
        long position, String headHash, String signedAt, String algorithm, String keyId, byte[] signature) {}

package io.consentgateway.audit.chain;

/**
 * One link of the audit chain as stored: which audit row sits at which position, and the hashes that bind it to
 * its predecessor.
 *
 * @param position 1, 2, 3, ... without gaps
 * @param source the audit table the row lives in
 * @param sourceId the row's id in that table
 * @param algorithm the hash algorithm of this link (a later switch of algorithm does not break older links)
 * @param prevHash hex hash of the previous position, or {@link HashChain#GENESIS} at position 1
 * @param hash hex {@code H(prevHash || source || sourceId || canonical row)}
 */
public record ChainEntry(
        long position, String source, String sourceId, String algorithm, String prevHash, String hash) {}

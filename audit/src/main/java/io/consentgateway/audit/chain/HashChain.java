package io.consentgateway.audit.chain;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.function.BiFunction;

/**
 * The chain rule: {@code hash = H(prev_hash || canonical row)}. The canonical row is the row's JSON as the
 * database renders it ({@code to_jsonb}, UTC), prefixed by its table and id so a row cannot be passed off as another.
 */
public final class HashChain {

    /** The predecessor of position 1. */
    public static final String GENESIS = "0".repeat(64);

    private final BiFunction<String, byte[], byte[]> digest;

    /** @param digest (algorithm name, data) to digest bytes, e.g. SHA-256 or SM3 */
    public HashChain(BiFunction<String, byte[], byte[]> digest) {
        this.digest = digest;
    }

    public String link(String algorithm, String prevHash, String source, String sourceId, String canonicalRow) {
        byte[] data =
                (prevHash + "\n" + source + "\n" + sourceId + "\n" + canonicalRow).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(digest.apply(algorithm, data));
    }

    /** The bytes a checkpoint signature covers. */
    public static byte[] checkpointStatement(long position, String headHash, String signedAt) {
        return ("audit-chain-checkpoint\n" + position + "\n" + headHash + "\n" + signedAt)
                .getBytes(StandardCharsets.UTF_8);
    }
}

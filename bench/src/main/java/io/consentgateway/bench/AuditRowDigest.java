package io.consentgateway.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;

/** The digest of one canonical audit row of exactly 1 KB, as an audit hash chain would compute per row. */
final class AuditRowDigest implements Operation {

    static final int ROW_BYTES = 1024;

    private final JcaLookup<MessageDigest> digests;
    private final byte[] row;

    AuditRowDigest(JcaLookup<MessageDigest> digests, byte[] row) {
        this.digests = digests;
        this.row = row.clone();
    }

    @Override
    public int run(long iteration) throws GeneralSecurityException {
        return digests.create().digest(row)[(int) (iteration & 31)];
    }

    /**
     * A revision row in canonical form (sorted keys, one per line, UTF-8), padded to 1 KB with a deterministic
     * stand-in for the encrypted columns.
     */
    static byte[] canonicalRow() {
        String fields = String.join(
                "\n",
                "actor=integrator",
                "channel=web",
                "entity=subject",
                "entityId=6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f",
                "operation=insert",
                "previousHash=" + "0".repeat(64),
                "purposes=membership",
                "requestId=2f0e9c1d-7b6a-4e5d-8c3b-1a2f3e4d5c6b",
                "revision=1048576",
                "roles=integrator",
                "timestamp=2025-06-01T08:30:00.000Z",
                "ciphertext=");
        byte[] filler = new byte[ROW_BYTES];
        new Random(20250601L).nextBytes(filler);
        String row = (fields + Base64.getEncoder().encodeToString(filler)).substring(0, ROW_BYTES);
        byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != ROW_BYTES) {
            throw new IllegalStateException("the canonical audit row is " + bytes.length + " bytes, not 1 KB");
        }
        return bytes;
    }
}

package io.consentgateway.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/**
 * One consent receipt signed as the gateway's {@code Signer} does: a {@code Signature} looked up per call, initialised
 * with the (already opened) private key, over a receipt of typical size. Every consent choice that reaches the
 * ledger is signed this way, so on ingest this runs once or twice per record.
 */
final class ReceiptSigning implements Operation {

    static final byte[] RECEIPT = ("{\"eventId\":\"5f0c8a52-1d4e-4c39-9a43-0b6f7c2e9d11\","
                    + "\"subjectId\":\"9b2d4f3e-7a61-4c8b-b0f5-3e2a1c9d8f70\",\"purpose\":\"marketing\","
                    + "\"recipient\":null,\"granted\":true,\"noticeVersion\":3,\"channel\":\"web\","
                    + "\"recordedAt\":\"2026-12-01T10:15:30.123456Z\",\"byGuardian\":false}")
            .getBytes(StandardCharsets.UTF_8);

    private final JcaLookup<Signature> signatures;
    private final PrivateKey key;

    ReceiptSigning(JcaLookup<Signature> signatures, PrivateKey key) {
        this.signatures = signatures;
        this.key = key;
    }

    @Override
    public int run(long iteration) throws GeneralSecurityException {
        Signature signature = signatures.create();
        signature.initSign(key);
        signature.update(RECEIPT);
        return signature.sign()[(int) (iteration & 31)];
    }
}

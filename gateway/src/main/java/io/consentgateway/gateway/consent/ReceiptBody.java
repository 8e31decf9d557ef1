package io.consentgateway.gateway.consent;

import java.time.Instant;
import java.util.UUID;

/** What a consent receipt attests; its canonical JSON is what gets signed. Holds no personal data. */
record ReceiptBody(
        UUID receiptId,
        UUID subjectId,
        String purpose,
        String recipient,
        boolean granted,
        int noticeVersion,
        String channel,
        Instant recordedAt,
        boolean byGuardian) {

    String action() {
        return granted ? "grant" : "withdraw";
    }
}

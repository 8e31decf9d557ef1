package io.consentgateway.gateway.consent;

import io.consentgateway.api.model.ConsentReceipt;
import io.consentgateway.api.model.ConsentState;
import io.consentgateway.api.model.ReceiptSignature;
import java.time.ZoneOffset;

/** Translates receipts between the ledger and the API. */
final class ReceiptViews {

    private ReceiptViews() {}

    static ConsentReceipt toApi(ConsentEvent event) {
        ReceiptBody body = event.body();
        io.consentgateway.gateway.consent.ReceiptSignature signature = event.signature();
        return new ConsentReceipt()
                .receiptId(body.receiptId())
                .subjectId(body.subjectId())
                .purpose(body.purpose())
                .recipient(body.recipient())
                .action(ConsentReceipt.ActionEnum.fromValue(body.action()))
                .noticeVersion(body.noticeVersion())
                .channel(body.channel())
                .recordedAt(body.recordedAt().atOffset(ZoneOffset.UTC))
                .byGuardian(body.byGuardian())
                .signature(new ReceiptSignature(
                        ReceiptSignature.AlgorithmEnum.fromValue(signature.algorithm()),
                        signature.keyId(),
                        signature.value()));
    }

    static ConsentState state(ConsentEvent event, boolean stale) {
        ReceiptBody body = event.body();
        return new ConsentState()
                .purpose(body.purpose())
                .recipient(body.recipient())
                .granted(body.granted())
                .noticeVersion(body.noticeVersion())
                .recordedAt(body.recordedAt().atOffset(ZoneOffset.UTC))
                .channel(body.channel())
                .stale(stale);
    }

    /** The body exactly as the receipt states it; any altered field fails verification. */
    static ReceiptBody body(ConsentReceipt receipt) {
        return new ReceiptBody(
                receipt.getReceiptId(),
                receipt.getSubjectId(),
                receipt.getPurpose(),
                receipt.getRecipient(),
                receipt.getAction() == ConsentReceipt.ActionEnum.GRANT,
                receipt.getNoticeVersion(),
                receipt.getChannel(),
                receipt.getRecordedAt().toInstant(),
                Boolean.TRUE.equals(receipt.getByGuardian()));
    }

    static io.consentgateway.gateway.consent.ReceiptSignature signature(ConsentReceipt receipt) {
        return new io.consentgateway.gateway.consent.ReceiptSignature(
                receipt.getSignature().getAlgorithm().getValue(),
                receipt.getSignature().getKeyId(),
                receipt.getSignature().getValue());
    }
}

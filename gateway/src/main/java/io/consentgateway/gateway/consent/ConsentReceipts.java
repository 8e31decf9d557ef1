package io.consentgateway.gateway.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.keys.SignatureAlgorithm;
import io.consentgateway.gateway.keys.Signer;
import io.consentgateway.gateway.keys.Signer.DetachedSignature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Signs consent receipts and checks them. The signed bytes are the receipt's canonical JSON: its fields in a fixed
 * order, no whitespace, no signature — so anyone holding the public key can verify a receipt offline.
 */
@Component
class ConsentReceipts {

    private final Signer signer;
    private final ObjectMapper json = new ObjectMapper();

    ConsentReceipts(Signer signer) {
        this.signer = signer;
    }

    ReceiptSignature sign(ReceiptBody body) {
        DetachedSignature signature = signer.sign(canonical(body));
        return new ReceiptSignature(signature.algorithm().configName(), signature.keyId(), signature.value());
    }

    boolean verify(ReceiptBody body, ReceiptSignature signature) {
        SignatureAlgorithm algorithm;
        try {
            algorithm = SignatureAlgorithm.fromConfig(signature.algorithm());
        } catch (IllegalArgumentException unknown) {
            return false;
        }
        return signer.verify(canonical(body), new DetachedSignature(algorithm, signature.keyId(), signature.value()));
    }

    byte[] canonical(ReceiptBody body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("receiptId", body.receiptId().toString());
        fields.put("subjectId", body.subjectId().toString());
        fields.put("purpose", body.purpose());
        fields.put("recipient", body.recipient());
        fields.put("action", body.action());
        fields.put("noticeVersion", body.noticeVersion());
        fields.put("channel", body.channel());
        fields.put("recordedAt", body.recordedAt().toString());
        fields.put("byGuardian", body.byGuardian());
        try {
            return json.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A receipt could not be serialised", e);
        }
    }
}

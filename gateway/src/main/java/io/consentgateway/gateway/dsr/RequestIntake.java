package io.consentgateway.gateway.dsr;

import io.consentgateway.api.model.Corrections;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.dsr.RequestKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Checks at filing time that a request carries what its kind needs, naming the field when it does not. */
final class RequestIntake {

    private RequestIntake() {}

    static RequestKind kind(io.consentgateway.api.model.RequestKind asked) {
        return RequestKind.fromCode(asked.getValue())
                .orElseThrow(() -> new FieldProblem(HttpStatus.BAD_REQUEST, "kind", "Unknown request kind"));
    }

    static RequestDetails details(RequestKind kind, String purpose, Corrections corrections, String message) {
        if (kind == RequestKind.WITHDRAW_CONSENT && purpose == null) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "purpose", "Say which purpose's consent to withdraw");
        }
        Map<String, String> corrected = new LinkedHashMap<>();
        if (corrections != null) {
            putIfPresent(corrected, "name", corrections.getName());
            putIfPresent(corrected, "mobile", corrections.getMobile());
            putIfPresent(corrected, "email", corrections.getEmail());
            putIfPresent(corrected, "address", corrections.getAddress());
        }
        if (kind == RequestKind.CORRECT && corrected.isEmpty()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "corrections", "Say which fields to correct, and to what");
        }
        return new RequestDetails(purpose, corrected, message);
    }

    private static void putIfPresent(Map<String, String> into, String field, String value) {
        if (value != null) {
            into.put(field, value);
        }
    }
}

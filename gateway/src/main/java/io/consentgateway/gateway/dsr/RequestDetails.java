package io.consentgateway.gateway.dsr;

import java.util.Map;

/**
 * What the customer asked for beyond the kind: the purpose to withdraw, the corrected values, a message. Sealed under
 * the subject's data key when stored. Never logged.
 */
record RequestDetails(String purpose, Map<String, String> corrections, String message) {

    RequestDetails {
        corrections = corrections == null ? Map.of() : Map.copyOf(corrections);
    }

    @Override
    public String toString() {
        return "RequestDetails[redacted]";
    }
}

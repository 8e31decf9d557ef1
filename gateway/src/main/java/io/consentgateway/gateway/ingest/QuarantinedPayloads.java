package io.consentgateway.gateway.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.keys.Envelopes;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Opens a quarantined payload as it was received, for masked display or a replay; never for anyone to read raw. */
@Component
class QuarantinedPayloads {

    private final Envelopes envelopes;
    private final ObjectMapper json;

    QuarantinedPayloads(Envelopes envelopes, ObjectMapper json) {
        this.envelopes = envelopes;
        this.json = json;
    }

    Map<String, Object> open(QuarantinedRecord record) {
        byte[] payload = envelopes.open(record.envelope(), record.envelopeContext());
        try {
            return json.readValue(payload, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            // the parser's message can quote the payload: only the class travels on
            throw new IllegalStateException("Quarantine entry " + record.id() + " holds no readable payload ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}

package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.keys.Envelopes;
import io.consentgateway.gateway.keys.WrappedKeyHolder;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Lets a KEK rotation re-wrap the keys of quarantined payloads. */
@Component
class QuarantineKeyHolder implements WrappedKeyHolder {

    private final QuarantinedRecordRepository quarantine;

    QuarantineKeyHolder(QuarantinedRecordRepository quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public int rewrapBatch(Envelopes envelopes, String currentKekId, int limit) {
        List<QuarantinedRecord> batch = quarantine.findByKekIdNot(currentKekId, Limit.of(limit));
        batch.forEach(record -> record.sealIn(envelopes.rewrap(record.envelope(), record.envelopeContext())));
        return batch.size();
    }
}

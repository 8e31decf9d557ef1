package io.consentgateway.gateway.keys;

/**
 * A feature that keeps its own KEK-wrapped keys (e.g. quarantined payloads). A KEK rotation asks each holder to
 * re-wrap what the current KEK did not wrap, a batch at a time, inside the rotation's transaction.
 */
public interface WrappedKeyHolder {

    /** @return how many keys were re-wrapped; 0 when none is left */
    int rewrapBatch(Envelopes envelopes, String currentKekId, int limit);
}

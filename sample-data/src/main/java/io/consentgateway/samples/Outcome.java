package io.consentgateway.samples;

/** What the gateway is expected to do with a record, as its ingest summary counts it. */
public enum Outcome {
    STORED("stored"),
    DUPLICATE("duplicate"),
    QUARANTINED("quarantined"),
    REFUSED("refused"),
    /** The whole batch is turned away (404, unknown channel): nothing is received. */
    REJECTED("rejected");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

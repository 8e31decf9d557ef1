package io.consentgateway.policies.retention;

/** The event a purpose's retention period runs from (PIPL Arts. 19, 47). */
public enum RetentionBasis {
    /** A consent-based purpose: from the withdrawal that ended the consent. */
    CONSENT_WITHDRAWN("consent-withdrawn"),
    /** A contract purpose: from the subject's latest order. */
    LAST_ORDER("last-order"),
    /** Another legal basis: from the subject's last activity. */
    LAST_ACTIVITY("last-activity"),
    /** No purpose ever justified the data: from the last activity, with the longest retention of the catalogue. */
    NO_RECORDED_BASIS("no-recorded-basis");

    private final String code;

    RetentionBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

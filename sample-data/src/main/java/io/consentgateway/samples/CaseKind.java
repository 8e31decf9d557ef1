package io.consentgateway.samples;

/** The deliberate cases a file may hold besides ordinary good records, each with its expected outcome. */
public enum CaseKind {
    BAD_CHECK_DIGIT("bad-check-digit", Outcome.QUARANTINED, "ID number whose GB 11643 check digit is wrong"),
    TEN_DIGIT_MOBILE("ten-digit-mobile", Outcome.QUARANTINED, "mobile number with its last digit missing"),
    FUTURE_BIRTH_DATE("future-birth-date", Outcome.QUARANTINED, "birth date after the reference date"),
    MISSING_CONSENT(
            "missing-consent",
            Outcome.REFUSED,
            "consent to membership, the channel's essential purpose, false or absent"),
    DUPLICATE_SOURCE_ID(
            "duplicate-source-id", Outcome.DUPLICATE, "the same record delivered twice; the listed id appears twice"),
    SAME_PERSON_OTHER_CHANNEL(
            "same-person-other-channel",
            Outcome.STORED,
            "a customer whose home record is in another file, again here: merged by mobile/ID number, not a new one"),
    SECOND_WECHAT_OPENID(
            "second-wechat-openid",
            Outcome.STORED,
            "the same WeChat user from the mini-program and the official account: two openids, one unionid, merged"),
    MALFORMED_AMOUNT("malformed-amount", Outcome.QUARANTINED, "amount written like 12,5元"),
    SHORT_CSV_ROW("short-csv-row", Outcome.QUARANTINED, "POS row without its last two columns"),
    UNKNOWN_CHANNEL("unknown-channel", Outcome.REJECTED, "records for a channel the gateway does not have");

    private final String label;
    private final Outcome outcome;
    private final String description;

    CaseKind(String label, Outcome outcome, String description) {
        this.label = label;
        this.outcome = outcome;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String description() {
        return description;
    }
}

package io.consentgateway.policies.dsr;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a request may be refused. PIPL Art. 50: a refusal must give its reasons; the customer sees the code and the
 * handler's explanation, and may complain or sue.
 */
public enum RefusalReason {
    /** The requester could not be verified as the data subject. */
    IDENTITY_NOT_VERIFIED("identity-not-verified"),
    /** A law or regulation requires the data to be kept (Art. 47, second paragraph): it is restricted instead. */
    LEGAL_RETENTION_REQUIRED("legal-retention-required"),
    /** Laws or administrative regulations require confidentiality or make notification unnecessary (Art. 18, 44). */
    LAW_REQUIRES_CONFIDENTIALITY("law-requires-confidentiality"),
    /** The request concerns another person's information. */
    CONCERNS_ANOTHER_PERSON("concerns-another-person"),
    /** The correction asked for is not accurate, or cannot be validated. */
    CORRECTION_NOT_SUBSTANTIATED("correction-not-substantiated"),
    /** Repeated identical requests in a short time. */
    MANIFESTLY_EXCESSIVE("manifestly-excessive");

    private final String code;

    RefusalReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RefusalReason> fromCode(String code) {
        return Arrays.stream(values())
                .filter(reason -> reason.code.equals(code))
                .findFirst();
    }
}

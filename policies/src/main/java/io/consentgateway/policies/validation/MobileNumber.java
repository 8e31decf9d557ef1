package io.consentgateway.policies.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/** A mainland China mobile number in E.164 form, e.g. {@code +8613812345678}. */
public record MobileNumber(String e164) {

    private static final Pattern E164_MAINLAND = Pattern.compile("\\+861[3-9][0-9]{9}");

    public MobileNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164_MAINLAND.matcher(e164).matches()) {
            throw new IllegalArgumentException("not a mainland mobile number in E.164 form");
        }
    }

    /** The 11-digit national number, e.g. {@code 13812345678}. */
    public String national() {
        return e164.substring(3);
    }

    @Override
    public String toString() {
        return "MobileNumber[redacted]";
    }
}

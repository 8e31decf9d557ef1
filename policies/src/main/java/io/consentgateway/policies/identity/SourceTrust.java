package io.consentgateway.policies.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a channel's word about a person is trusted when it disagrees with what we hold. A member's own sign-up
 * (first party) outranks the receiver on an order (which may be a gift's recipient), which outranks a third party.
 */
public enum SourceTrust {
    PARTNER("partner"),
    TRANSACTION("transaction"),
    FIRST_PARTY("first-party");

    private final String configName;

    SourceTrust(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<SourceTrust> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(trust -> trust.configName.equals(wanted))
                .findFirst();
    }
}

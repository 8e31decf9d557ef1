package io.consentgateway.gateway.keys;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an algorithm setting (e.g. {@code sm4-gcm}) into its enum, naming the choices when the value is wrong. */
final class ConfigNames {

    private ConfigNames() {}

    static <E extends Enum<E>> E parse(E[] choices, Function<E, String> configName, String value, String setting) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(choices)
                .filter(choice -> configName.apply(choice).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + setting + " '" + value + "'; use "
                        + Arrays.stream(choices).map(configName).collect(Collectors.joining(" or "))));
    }
}

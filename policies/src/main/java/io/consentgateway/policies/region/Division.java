package io.consentgateway.policies.region;

import java.util.Objects;
import java.util.regex.Pattern;

/** One row of the division table: a six-digit GB/T 2260 code and its name. */
record Division(String code, String name) {

    enum Level {
        PROVINCE,
        CITY,
        COUNTY
    }

    private static final Pattern CODE = Pattern.compile("[1-9][0-9]{5}");

    Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!isCode(code)) {
            throw new IllegalArgumentException("a division code has six digits: " + code);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("division " + code + " has no name");
        }
    }

    static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    Level level() {
        if (code.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return code.endsWith("00") ? Level.CITY : Level.COUNTY;
    }

    String provinceCode() {
        return code.substring(0, 2) + "0000";
    }

    String cityCode() {
        return code.substring(0, 4) + "00";
    }

    /** A lower level inside this division: a city or county of a province, a county of a city. */
    boolean contains(Division other) {
        return switch (level()) {
            case PROVINCE ->
                other.level() != Level.PROVINCE && other.provinceCode().equals(code);
            case CITY -> other.level() == Level.COUNTY && other.cityCode().equals(code);
            case COUNTY -> false;
        };
    }
}

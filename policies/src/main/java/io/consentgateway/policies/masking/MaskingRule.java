package io.consentgateway.policies.masking;

import io.consentgateway.policies.region.AddressMasking;
import java.util.Arrays;
import java.util.Optional;

/**
 * Display masking in the formats Chinese customers and regulators expect (GB/T 35273 limit-the-display): a masked
 * value never shows more of the original than its rule allows, whatever the input. Input that does not have the
 * expected shape is masked completely rather than partially. Each rule has the name the classification file uses.
 */
public enum MaskingRule {
    /** 138****1234: first three and last four digits of the national number. */
    MOBILE("mobile") {
        @Override
        String maskPresent(String value) {
            String national = value.startsWith("+86") ? value.substring(3) : value;
            if (national.length() != 11 || !allDigits(national)) {
                return FULLY_MASKED;
            }
            return national.substring(0, 3) + "****" + national.substring(7);
        }
    },
    /** 110101********1234: the division code (first six) and the last four characters. */
    ID_NUMBER("id-number") {
        @Override
        String maskPresent(String value) {
            if ((value.length() != 18 && value.length() != 15)
                    || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || c == 'X')) {
                return FULLY_MASKED;
            }
            return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
        }
    },
    /** 张* / 欧阳**: the surname (compound surnames keep both characters), one star per hidden character. */
    PERSON_NAME("person-name") {
        @Override
        String maskPresent(String value) {
            int[] codePoints = value.codePoints().toArray();
            if (codePoints.length <= 1) {
                return "*";
            }
            int keep = codePoints.length >= 3 && ChineseSurnames.isCompound(value) ? 2 : 1;
            return new String(codePoints, 0, keep) + "*".repeat(codePoints.length - keep);
        }
    },
    /** **** **** **** 1234: the last four digits of a 12 to 19 digit card number. */
    BANK_CARD("bank-card") {
        @Override
        String maskPresent(String value) {
            String digits = value.replace(" ", "").replace("-", "");
            if (digits.length() < 12 || digits.length() > 19 || !allDigits(digits)) {
                return FULLY_MASKED;
            }
            return "**** **** **** " + digits.substring(digits.length() - 4);
        }
    },
    /** z***@example.com: the first character of the local part and the whole domain. */
    EMAIL("email") {
        @Override
        String maskPresent(String value) {
            int at = value.lastIndexOf('@');
            if (at < 1 || at == value.length() - 1 || value.indexOf('@') != at) {
                return FULLY_MASKED;
            }
            int first = value.codePointAt(0);
            return new String(Character.toChars(first)) + "***" + value.substring(at);
        }
    },
    /** 广东省深圳市南山区****: the address to district level, never the street. */
    ADDRESS("address") {
        @Override
        String maskPresent(String value) {
            return AddressMasking.standard().mask(value);
        }
    },
    /** oAbc****: the first four characters of a WeChat openid / unionid or another channel identity. */
    CHANNEL_IDENTITY("channel-identity") {
        @Override
        String maskPresent(String value) {
            int[] codePoints = value.codePoints().toArray();
            if (codePoints.length <= 8) {
                return FULLY_MASKED;
            }
            return new String(codePoints, 0, 4) + "****";
        }
    },
    /** 1990: an ISO birth date to its year. */
    BIRTH_DATE("birth-date") {
        @Override
        String maskPresent(String value) {
            return value.length() >= 4 && allDigits(value.substring(0, 4)) ? value.substring(0, 4) : FULLY_MASKED;
        }
    },
    /** 深圳市: a precise location (coordinates with a resolved city, "city|lat,lng") to its city only. */
    PRECISE_LOCATION("precise-location") {
        @Override
        String maskPresent(String value) {
            int bar = value.indexOf('|');
            return bar > 0 ? value.substring(0, bar) : FULLY_MASKED;
        }
    },
    /** Shown as is: not personal, or general PI that identifies nobody on its own (gender, province). */
    NONE("none") {
        @Override
        String maskPresent(String value) {
            return value;
        }
    };

    static final String FULLY_MASKED = "****";

    private final String configName;

    MaskingRule(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<MaskingRule> fromConfig(String name) {
        return Arrays.stream(values())
                .filter(rule -> rule.configName.equals(name))
                .findFirst();
    }

    /** @return the masked display form, or null when there is no value */
    public String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return FULLY_MASKED;
        }
        return maskPresent(value);
    }

    abstract String maskPresent(String value);

    private static boolean allDigits(String value) {
        return value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}

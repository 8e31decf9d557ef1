package io.consentgateway.policies.masking;

/**
 * Display masking in the formats Chinese customers and regulators expect (GB/T 35273 limit-the-display): a masked
 * value never shows more of the original than its rule allows, whatever the input. Input that does not have the
 * expected shape is masked completely rather than partially.
 */
public enum MaskingRule {
    /** 138****1234: first three and last four digits of the national number. */
    MOBILE {
        @Override
        String maskPresent(String value) {
            String national = value.startsWith("+86") ? value.substring(3) : value;
            if (national.length() != 11 || !national.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return FULLY_MASKED;
            }
            return national.substring(0, 3) + "****" + national.substring(7);
        }
    },
    /** 110101********1234: the division code (first six) and the last four characters. */
    ID_NUMBER {
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
    PERSON_NAME {
        @Override
        String maskPresent(String value) {
            int[] codePoints = value.codePoints().toArray();
            if (codePoints.length <= 1) {
                return "*";
            }
            int keep = codePoints.length >= 3 && ChineseSurnames.isCompound(value) ? 2 : 1;
            return new String(codePoints, 0, keep) + "*".repeat(codePoints.length - keep);
        }
    };

    static final String FULLY_MASKED = "****";

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
}

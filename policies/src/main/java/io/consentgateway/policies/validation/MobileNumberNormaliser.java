package io.consentgateway.policies.validation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises a mainland China mobile number to E.164 (+86). Accepts spaces, hyphens, dots and brackets as
 * separators, full-width digits, and the +86 / 0086 / 86 country prefixes. Rejects numbers outside the
 * allocated 1xx segments.
 */
public final class MobileNumberNormaliser {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("1[0-9]{10}");
    private static final Set<String> ALLOCATED_SEGMENTS = Set.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "146", "147", "148", "149",
            "150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "165", "166", "167", "170", "171",
            "172", "173", "174", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187",
            "188", "189", "190", "191", "192", "193", "195", "196", "197", "198", "199");

    public Validated<MobileNumber> normalise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Validated.invalid("missing", field);
        }
        String digits = SEPARATORS.matcher(WidthFolding.fold(raw.strip())).replaceAll("");
        digits = stripCountryPrefix(digits);
        if (!ELEVEN_DIGITS.matcher(digits).matches()) {
            return Validated.invalid("invalid-mobile-format", field);
        }
        if (!ALLOCATED_SEGMENTS.contains(digits.substring(0, 3))) {
            return Validated.invalid("unallocated-mobile-segment", field);
        }
        return Validated.valid(new MobileNumber("+86" + digits));
    }

    private static String stripCountryPrefix(String digits) {
        if (digits.startsWith("+86")) {
            return digits.substring(3);
        }
        if (digits.startsWith("0086")) {
            return digits.substring(4);
        }
        if (digits.startsWith("86") && digits.length() == 13) {
            return digits.substring(2);
        }
        return digits;
    }
}

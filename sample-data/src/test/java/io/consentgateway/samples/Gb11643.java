package io.consentgateway.samples;

import java.util.regex.Pattern;

/**
 * The GB 11643 check-digit rule written independently of the generator: weight of position i (from the left, 0 to
 * 16) is 2^(17-i) mod 11, and the check value is (12 - sum mod 11) mod 11, written X when it is 10.
 */
final class Gb11643 {

    private static final Pattern SHAPE = Pattern.compile("[1-8][0-9]{16}[0-9X]");

    private Gb11643() {}

    static boolean isValid(String idNumber) {
        if (idNumber == null || !SHAPE.matcher(idNumber).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += Character.digit(idNumber.charAt(i), 10) * weight;
        }
        int check = (12 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return idNumber.charAt(17) == expected;
    }
}

package io.consentgateway.policies.validation;

/**
 * ISO 7064 MOD 11-2 check character of the 18-digit resident identity number (GB 11643-1999). It detects every
 * single-digit error and every transposition of adjacent digits.
 */
public final class IdCheckDigit {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCheckDigit() {}

    /** @param first17 the 17 body digits */
    public static char of(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check digit is computed over exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("the body of an identity number has digits only");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }
}

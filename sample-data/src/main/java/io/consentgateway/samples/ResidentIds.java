package io.consentgateway.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** 18-digit resident ID numbers (GB 11643): division, birth date, sequence (odd for men), check digit. */
final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIds() {}

    static String compose(String divisionCode, LocalDate birthDate, int sequence) {
        String body =
                divisionCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return body + checkCharacter(body);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The same number with another check character, so that only the check digit is wrong. */
    static String withWrongCheckCharacter(String idNumber) {
        char right = idNumber.charAt(17);
        char wrong = right == '0' ? '1' : right == 'X' ? '0' : (char) (right == '9' ? 'X' : right + 1);
        return idNumber.substring(0, 17) + wrong;
    }
}

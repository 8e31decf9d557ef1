package io.consentgateway.policies.validation;

/**
 * Folds full-width (全角) ASCII forms to their half-width equivalents, so that "１３８" and "138" normalise alike.
 * Chinese input methods produce full-width digits and letters often enough that rejecting them would be wrong.
 */
public final class WidthFolding {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int OFFSET = FULL_WIDTH_FIRST - '!';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private WidthFolding() {}

    public static String fold(String value) {
        StringBuilder folded = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                folded.append((char) (c - OFFSET));
            } else if (c == IDEOGRAPHIC_SPACE) {
                folded.append(' ');
            } else {
                folded.append(c);
            }
        }
        return folded.toString();
    }
}

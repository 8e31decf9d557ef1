package io.consentgateway.policies.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reads money amounts in yuan as channels spell them ({@code 199}, {@code 199.00}, {@code ¥1,999.50},
 * {@code 1999.5元}, full-width digits) into a two-decimal amount. A comma is accepted only as a thousands
 * separator: {@code 12,5元} could mean 12.5 or 125, so it is rejected rather than guessed.
 */
public final class AmountNormaliser {

    private static final Pattern PLAIN = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final BigDecimal LIMIT = new BigDecimal("100000000");

    public Validated<BigDecimal> normalise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Validated.invalid("missing", field);
        }
        String value = WidthFolding.fold(raw.strip())
                .replaceFirst("^(CNY|RMB|¥|￥)\\s*", "")
                .replaceFirst("\\s*(元|CNY|RMB)$", "");
        if (value.startsWith("-")) {
            return Validated.invalid("negative-amount", field);
        }
        if (!PLAIN.matcher(value).matches() && !GROUPED.matcher(value).matches()) {
            return Validated.invalid("invalid-amount", field);
        }
        BigDecimal amount = new BigDecimal(value.replace(",", "")).setScale(2, RoundingMode.UNNECESSARY);
        if (amount.compareTo(LIMIT) >= 0) {
            return Validated.invalid("amount-out-of-range", field);
        }
        return Validated.valid(amount);
    }
}

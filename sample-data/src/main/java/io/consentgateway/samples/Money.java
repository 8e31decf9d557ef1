package io.consentgateway.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CNY amounts as the channels write them: "199.00"; and as a careless clerk does: "199,0元". */
final class Money {

    private Money() {}

    static String format(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Decimal comma, one decimal, the 元 sign: 12.50 becomes "12,5元". */
    static String malformed(BigDecimal amount) {
        BigDecimal tenths = amount.setScale(1, RoundingMode.DOWN);
        return tenths.toPlainString().replace('.', ',') + "元";
    }
}

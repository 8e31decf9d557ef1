package io.consentgateway.policies.dsr;

import java.util.Arrays;
import java.util.Optional;

/** What a data subject may ask for (PIPL Arts. 44-48), with the article that grants it. */
public enum RequestKind {
    ACCESS("access", "Art. 45"),
    EXPORT("export", "Art. 45"),
    CORRECT("correct", "Art. 46"),
    DELETE("delete", "Art. 47"),
    WITHDRAW_CONSENT("withdraw-consent", "Art. 15"),
    RESTRICT("restrict", "Art. 44"),
    EXPLAIN("explain", "Art. 48");

    private final String code;
    private final String article;

    RequestKind(String code, String article) {
        this.code = code;
        this.article = article;
    }

    public String code() {
        return code;
    }

    public String article() {
        return article;
    }

    public static Optional<RequestKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}

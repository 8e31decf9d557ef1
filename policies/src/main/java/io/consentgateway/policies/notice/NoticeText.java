package io.consentgateway.policies.notice;

import java.util.Objects;

/** One element of a notice in both languages it is published in: simplified Chinese and English. */
public record NoticeText(String zhCn, String en) {

    public NoticeText {
        requireText(zhCn, "zhCn");
        requireText(en, "en");
    }

    private static void requireText(String text, String language) {
        Objects.requireNonNull(text, language);
        if (text.isBlank()) {
            throw new IllegalArgumentException("notice text is blank in " + language);
        }
    }
}

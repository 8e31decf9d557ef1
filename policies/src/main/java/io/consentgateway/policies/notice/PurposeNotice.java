package io.consentgateway.policies.notice;

import io.consentgateway.policies.consent.Purpose;
import java.util.Objects;

/**
 * What a notice tells the subject about one purpose (PIPL Art. 17): the purpose, how the information is processed,
 * which categories of it, and how long it is kept. A change to any of them after consent needs new consent (Art. 14).
 */
public record PurposeNotice(
        Purpose purpose, NoticeText description, NoticeText methods, NoticeText categories, NoticeText retention) {

    public PurposeNotice {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(retention, "retention");
    }
}

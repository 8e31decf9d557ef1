package io.consentgateway.policies.notice;

import java.util.Map;

/**
 * One purpose's section of a {@link NoticeDraft}, as submitted: any part may be missing. Texts are maps keyed
 * {@code "zh-CN"} and {@code "en"}.
 *
 * @param purpose the catalogue name, e.g. {@code marketing}
 */
public record PurposeDraft(
        String purpose,
        Map<String, String> description,
        Map<String, String> methods,
        Map<String, String> categories,
        Map<String, String> retention) {}

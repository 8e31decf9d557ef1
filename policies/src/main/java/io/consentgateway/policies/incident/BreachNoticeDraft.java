package io.consentgateway.policies.incident;

import java.util.Map;

/**
 * A breach notice as assembled from the incident and the current privacy notice, before it is checked; each element
 * maps a language ({@code zh-CN}, {@code en}) to its text and may be missing.
 */
public record BreachNoticeDraft(
        Map<String, String> categories,
        Map<String, String> cause,
        Map<String, String> possibleHarm,
        Map<String, String> remedialMeasures,
        Map<String, String> individualMeasures,
        Map<String, String> handlerContact,
        Map<String, String> protectionOfficerContact) {}

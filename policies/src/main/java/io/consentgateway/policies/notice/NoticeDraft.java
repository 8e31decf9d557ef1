package io.consentgateway.policies.notice;

import java.util.List;
import java.util.Map;

/**
 * A notice as submitted for publication, before {@link NoticeCheck} has looked at it: raw, possibly incomplete, so
 * any component may be {@code null}. It maps one to one from JSON (Jackson binds the canonical constructor):
 *
 * <pre>{@code
 * {
 *   "version": 2,
 *   "handlerName":              {"zh-CN": "示例零售有限公司", "en": "Example Retail Co., Ltd."},
 *   "handlerContact":           {"zh-CN": "privacy@example.cn", "en": "privacy@example.cn"},
 *   "protectionOfficerContact": {"zh-CN": "dpo@example.cn", "en": "dpo@example.cn"},
 *   "purposes": [
 *     {"purpose": "marketing",
 *      "description": {"zh-CN": "…", "en": "…"},
 *      "methods":     {"zh-CN": "…", "en": "…"},
 *      "categories":  {"zh-CN": "…", "en": "…"},
 *      "retention":   {"zh-CN": "…", "en": "…"}}
 *   ],
 *   "rights":         {"zh-CN": "…", "en": "…"},
 *   "changesSummary": {"zh-CN": "…", "en": "…"}
 * }
 * }</pre>
 *
 * Every text is a map keyed {@code "zh-CN"} and {@code "en"}; both are required and must not be blank (other keys
 * are ignored). Each purpose is a catalogue purpose name, at most once per notice.
 */
public record NoticeDraft(
        Integer version,
        Map<String, String> handlerName,
        Map<String, String> handlerContact,
        Map<String, String> protectionOfficerContact,
        List<PurposeDraft> purposes,
        Map<String, String> rights,
        Map<String, String> changesSummary) {}

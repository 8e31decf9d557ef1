package io.consentgateway.policies.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.policies.validation.Validated.Valid;
import org.junit.jupiter.api.Test;

/** The gateway binds submitted notices with Jackson; the draft's documented JSON shape must bind as written. */
class NoticeDraftJsonTest {

    private final ObjectMapper json = new ObjectMapper();
    private final NoticeCheck check = new NoticeCheck(PurposeCatalogue.standard());

    private static final String TEXT = "{\"zh-CN\": \"中文\", \"en\": \"English\"}";

    @Test
    void theDocumentedJsonShapeBindsAndPassesTheCheck() throws Exception {
        String submitted = """
                {"version": 2, "handlerName": %1$s, "handlerContact": %1$s, "protectionOfficerContact": %1$s,
                 "purposes": [{"purpose": "marketing", "description": %1$s, "methods": %1$s, "categories": %1$s,
                               "retention": %1$s}],
                 "rights": %1$s, "changesSummary": %1$s}
                """.formatted(TEXT);

        NoticeDraft draft = json.readValue(submitted, NoticeDraft.class);

        Notice notice = ((Valid<Notice>) check.check(draft)).value();
        assertThat(notice.version()).isEqualTo(2);
        assertThat(notice.purposes().get(0).methods()).isEqualTo(new NoticeText("中文", "English"));
    }

    // PIPL Art. 17: whatever a client leaves out of the JSON is a named gap, not an exception.
    @Test
    void anIncompleteSubmissionBindsAndIsRejectedNamingTheGaps() throws Exception {
        String submitted = """
                {"version": 2, "handlerName": {"zh-CN": "中文", "en": null},
                 "purposes": [{"purpose": "marketing", "description": %1$s}]}
                """.formatted(TEXT);

        NoticeDraft draft = json.readValue(submitted, NoticeDraft.class);

        assertThat(check.rejections(draft))
                .extracting(Rejection::reason)
                .startsWith("missing:handlerName.en", "missing:handlerContact.zh-CN")
                .contains("missing:purposes[marketing].methods.en", "missing:changesSummary.en");
    }
}

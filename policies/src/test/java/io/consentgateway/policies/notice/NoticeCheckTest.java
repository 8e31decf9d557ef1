package io.consentgateway.policies.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoticeCheckTest {

    private static final List<String> PURPOSES = List.of("membership", "marketing");
    private static final List<String> SECTION_ELEMENTS = List.of("description", "methods", "categories", "retention");
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private final NoticeCheck check = new NoticeCheck(PurposeCatalogue.standard());

    /** Every Art. 17 text of a notice covering {@link #PURPOSES}, by its path, in document order. */
    static List<String> elements() {
        List<String> elements = new ArrayList<>(List.of("handlerName", "handlerContact", "protectionOfficerContact"));
        PURPOSES.forEach(
                purpose -> SECTION_ELEMENTS.forEach(part -> elements.add("purposes[" + purpose + "]." + part)));
        elements.addAll(List.of("rights", "changesSummary"));
        return elements;
    }

    static Map<String, Map<String, String>> completeTexts() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        elements()
                .forEach(element -> texts.put(element, new HashMap<>(Map.of("zh-CN", "中文：" + element, "en", element))));
        return texts;
    }

    static NoticeDraft draftOf(Integer version, List<String> purposes, Map<String, Map<String, String>> texts) {
        List<PurposeDraft> sections = purposes.stream()
                .map(purpose -> new PurposeDraft(
                        purpose,
                        texts.get("purposes[" + purpose + "].description"),
                        texts.get("purposes[" + purpose + "].methods"),
                        texts.get("purposes[" + purpose + "].categories"),
                        texts.get("purposes[" + purpose + "].retention")))
                .toList();
        return new NoticeDraft(
                version,
                texts.get("handlerName"),
                texts.get("handlerContact"),
                texts.get("protectionOfficerContact"),
                sections,
                texts.get("rights"),
                texts.get("changesSummary"));
    }

    static NoticeDraft aCompleteDraft() {
        return draftOf(1, PURPOSES, completeTexts());
    }

    private static Rejection rejectionOf(Validated<Notice> result) {
        assertThat(result).isInstanceOf(Invalid.class);
        return ((Invalid<Notice>) result).rejection();
    }

    // PIPL Art. 17: a notice with every element in both languages may be published as it was written.
    @Test
    void aCompleteNoticeIsAccepted() {
        Notice notice = ((Valid<Notice>) check.check(aCompleteDraft())).value();
        assertThat(notice.version()).isEqualTo(1);
        assertThat(notice.handlerContact()).isEqualTo(new NoticeText("中文：handlerContact", "handlerContact"));
        assertThat(notice.purposes())
                .extracting(PurposeNotice::purpose)
                .containsExactly(new Purpose("membership"), new Purpose("marketing"));
        assertThat(notice.purposes().get(1).retention())
                .isEqualTo(new NoticeText("中文：purposes[marketing].retention", "purposes[marketing].retention"));
    }

    static Stream<Arguments> everyElementInEveryLanguage() {
        return elements().stream()
                .flatMap(element -> LANGUAGES.stream().map(language -> Arguments.of(element, language)));
    }

    // PIPL Art. 17: handler and contact, purposes, methods, categories, retention and rights are all required; the
    // notice is published in Chinese and English, so a gap in either language is a gap.
    @ParameterizedTest(name = "case {index}")
    @MethodSource("everyElementInEveryLanguage")
    void aNoticeMissingAnyArticle17ElementIsRejectedNamingIt(String element, String language) {
        Map<String, Map<String, String>> texts = completeTexts();
        texts.get(element).remove(language);

        assertThat(rejectionOf(check.check(draftOf(1, PURPOSES, texts))))
                .isEqualTo(new Rejection("missing", element + "." + language));
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("everyElementInEveryLanguage")
    void aBlankTextCountsAsMissing(String element, String language) {
        Map<String, Map<String, String>> texts = completeTexts();
        texts.get(element).put(language, " \u3000\n");

        assertThat(rejectionOf(check.check(draftOf(1, PURPOSES, texts))))
                .isEqualTo(new Rejection("missing", element + "." + language));
    }

    @Test
    void anElementMissingAltogetherIsMissingInBothLanguages() {
        Map<String, Map<String, String>> texts = completeTexts();
        texts.put("handlerContact", null);

        assertThat(check.rejections(draftOf(1, PURPOSES, texts)))
                .extracting(Rejection::reason)
                .containsExactly("missing:handlerContact.zh-CN", "missing:handlerContact.en");
    }

    @Test
    void everyGapIsFoundAndTheFirstInDocumentOrderIsReported() {
        Map<String, Map<String, String>> texts = completeTexts();
        texts.get("rights").remove("en");
        texts.get("purposes[marketing].retention").remove("zh-CN");
        NoticeDraft draft = draftOf(null, PURPOSES, texts);

        assertThat(check.rejections(draft))
                .extracting(Rejection::reason)
                .containsExactly("missing:version", "missing:purposes[marketing].retention.zh-CN", "missing:rights.en");
        assertThat(rejectionOf(check.check(draft)).reason()).isEqualTo("missing:version");
    }

    @Test
    void aVersionBelowOneIsRejected() {
        assertThat(rejectionOf(check.check(draftOf(0, PURPOSES, completeTexts()))))
                .isEqualTo(new Rejection("invalid-version", "version"));
    }

    // PIPL Art. 17: the notice states the purposes; one that states none informs about nothing.
    @Test
    void aNoticeCoveringNoPurposeIsRejected() {
        assertThat(rejectionOf(check.check(draftOf(1, List.of(), completeTexts()))))
                .isEqualTo(new Rejection("missing", "purposes"));
        NoticeDraft withoutList = new NoticeDraft(1, Map.of(), Map.of(), Map.of(), null, Map.of(), Map.of());
        assertThat(check.rejections(withoutList)).contains(new Rejection("missing", "purposes"));
    }

    @Test
    void aPurposeOutsideTheCatalogueIsRejectedByName() {
        Map<String, Map<String, String>> texts = completeTexts();
        SECTION_ELEMENTS.forEach(part -> texts.put("purposes[xyz]." + part, Map.of("zh-CN", "某", "en", "x")));

        assertThat(rejectionOf(check.check(draftOf(1, List.of("membership", "xyz"), texts))))
                .isEqualTo(new Rejection("unknown-purpose", "purposes[xyz]"));
    }

    @Test
    void aPurposeListedTwiceIsRejected() {
        assertThat(rejectionOf(check.check(draftOf(1, List.of("marketing", "marketing"), completeTexts()))))
                .isEqualTo(new Rejection("duplicate-purpose", "purposes[marketing]"));
    }

    @Test
    void aSectionWithoutItsPurposeIsRejectedByPosition() {
        NoticeDraft complete = aCompleteDraft();
        List<PurposeDraft> sections = new ArrayList<>(complete.purposes());
        PurposeDraft marketing = sections.get(1);
        sections.set(
                1,
                new PurposeDraft(
                        " ",
                        marketing.description(),
                        marketing.methods(),
                        marketing.categories(),
                        marketing.retention()));
        sections.add(null);
        NoticeDraft draft = new NoticeDraft(
                1,
                complete.handlerName(),
                complete.handlerContact(),
                complete.protectionOfficerContact(),
                sections,
                complete.rights(),
                complete.changesSummary());

        assertThat(check.rejections(draft))
                .extracting(Rejection::reason)
                .containsExactly("missing:purposes[1].purpose", "missing:purposes[2]");
    }

    // PIPL Art. 52: the notice names the configured personal information protection officer, in both languages.
    @Test
    void aNoticeNotGivingTheConfiguredProtectionOfficersContactIsRejected() {
        NoticeCheck withOfficer = new NoticeCheck(PurposeCatalogue.standard(), "dpo@example.com");
        Map<String, Map<String, String>> texts = completeTexts();
        texts.put(
                "protectionOfficerContact",
                new HashMap<>(Map.of("zh-CN", "个人信息保护负责人：dpo@example.com", "en", "Write to privacy@example.com")));

        Rejection rejection = rejectionOf(withOfficer.check(draftOf(1, PURPOSES, texts)));
        assertThat(rejection.code()).isEqualTo("not-the-protection-officer");
        assertThat(rejection.field()).isEqualTo("protectionOfficerContact.en");

        texts.get("protectionOfficerContact").put("en", "Protection officer: dpo@example.com");
        assertThat(withOfficer.check(draftOf(1, PURPOSES, texts))).isInstanceOf(Valid.class);
    }
}

package io.consentgateway.policies.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BreachNoticeCheckTest {

    private static final List<String> ELEMENTS = List.of(
            "categories",
            "cause",
            "possibleHarm",
            "remedialMeasures",
            "individualMeasures",
            "handlerContact",
            "protectionOfficerContact");

    private final BreachNoticeCheck check = new BreachNoticeCheck();

    static Map<String, Map<String, String>> completeTexts() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        ELEMENTS.forEach(element -> texts.put(element, Map.of("zh-CN", element + "（中文）", "en", element + " (en)")));
        return texts;
    }

    static BreachNoticeDraft draft(Map<String, Map<String, String>> texts) {
        return new BreachNoticeDraft(
                texts.get("categories"),
                texts.get("cause"),
                texts.get("possibleHarm"),
                texts.get("remedialMeasures"),
                texts.get("individualMeasures"),
                texts.get("handlerContact"),
                texts.get("protectionOfficerContact"));
    }

    static Stream<Arguments> everyElementInEveryLanguage() {
        return ELEMENTS.stream().flatMap(element -> Stream.of("zh-CN", "en").map(lang -> Arguments.of(element, lang)));
    }

    // PIPL Art. 57: categories, cause, possible harm, remedial measures, individuals' measures and the handler's
    // contact are all required; a notice lacking one is not sent.
    @ParameterizedTest(name = "{0} missing in {1}")
    @MethodSource("everyElementInEveryLanguage")
    void aNoticeMissingAnElementInEitherLanguageIsRejectedNamingIt(String element, String language) {
        Map<String, Map<String, String>> texts = completeTexts();
        Map<String, String> partial = new HashMap<>(texts.get(element));
        partial.put(language, "  ");
        texts.put(element, partial);

        Validated<BreachNotice> checked = check.check(draft(texts));

        assertThat(checked)
                .as("%s in %s", element, language)
                .isEqualTo(new Invalid<BreachNotice>(new Rejection("missing", element + "." + language)));
    }

    // PIPL Art. 57
    @Test
    void aCompleteNoticeCarriesEveryElementInBothLanguages() {
        Validated<BreachNotice> checked = check.check(draft(completeTexts()));

        assertThat(checked).isInstanceOf(Valid.class);
        BreachNotice notice = ((Valid<BreachNotice>) checked).value();
        assertThat(notice.cause().zhCn()).isEqualTo("cause（中文）");
        assertThat(notice.protectionOfficerContact().en()).isEqualTo("protectionOfficerContact (en)");
    }

    // PIPL Art. 57
    @Test
    void anEntirelyMissingElementIsNamedInChineseFirst() {
        Map<String, Map<String, String>> texts = completeTexts();
        texts.remove("handlerContact");

        assertThat(check.check(draft(texts)))
                .isEqualTo(new Invalid<BreachNotice>(new Rejection("missing", "handlerContact.zh-CN")));
    }
}

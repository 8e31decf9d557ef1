package io.consentgateway.policies.incident;

import io.consentgateway.policies.notice.NoticeText;
import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.policies.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PIPL Art. 57: a breach notice, to the regulator or to an individual, goes out only with every required element in
 * zh-CN and en; otherwise it is rejected naming the first gap, e.g. {@code missing:individualMeasures.en}.
 */
public final class BreachNoticeCheck {

    static final String ZH_CN = "zh-CN";
    static final String EN = "en";

    public Validated<BreachNotice> check(BreachNoticeDraft draft) {
        List<Rejection> gaps = new ArrayList<>();
        NoticeText categories = text(draft.categories(), "categories", gaps);
        NoticeText cause = text(draft.cause(), "cause", gaps);
        NoticeText harm = text(draft.possibleHarm(), "possibleHarm", gaps);
        NoticeText remedial = text(draft.remedialMeasures(), "remedialMeasures", gaps);
        NoticeText individual = text(draft.individualMeasures(), "individualMeasures", gaps);
        NoticeText handler = text(draft.handlerContact(), "handlerContact", gaps);
        NoticeText officer = text(draft.protectionOfficerContact(), "protectionOfficerContact", gaps);
        if (!gaps.isEmpty()) {
            return new Validated.Invalid<>(gaps.get(0));
        }
        return Validated.valid(new BreachNotice(categories, cause, harm, remedial, individual, handler, officer));
    }

    private static NoticeText text(Map<String, String> texts, String element, List<Rejection> gaps) {
        String zhCn = present(texts, ZH_CN);
        String en = present(texts, EN);
        if (zhCn == null) {
            gaps.add(new Rejection("missing", element + "." + ZH_CN));
        }
        if (en == null) {
            gaps.add(new Rejection("missing", element + "." + EN));
        }
        return zhCn == null || en == null ? null : new NoticeText(zhCn, en);
    }

    private static String present(Map<String, String> texts, String language) {
        String text = texts == null ? null : texts.get(language);
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package io.consentgateway.gateway.incident;

import io.consentgateway.api.model.LocalizedText;
import io.consentgateway.api.model.Notice;
import io.consentgateway.gateway.consent.Notices;
import io.consentgateway.policies.incident.BreachNotice;
import io.consentgateway.policies.incident.BreachNoticeCheck;
import io.consentgateway.policies.incident.BreachNoticeDraft;
import io.consentgateway.policies.incident.InformationCategories;
import io.consentgateway.policies.notice.NoticeText;
import io.consentgateway.policies.validation.Validated;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Assembles an incident's breach notice from its texts and the current privacy notice (the handler's and the
 * protection officer's contacts, PIPL Arts. 17, 52), and has it checked for every element Art. 57 requires.
 */
@Component
class BreachNotices {

    private final Notices privacyNotices;
    private final BreachNoticeCheck check;
    private final InformationCategories categories;

    BreachNotices(Notices privacyNotices, BreachNoticeCheck check, InformationCategories categories) {
        this.privacyNotices = privacyNotices;
        this.check = check;
        this.categories = categories;
    }

    Validated<BreachNotice> noticeOf(IncidentRecord incident) {
        Notice current = privacyNotices.current().orElse(new Notice());
        return check.check(new BreachNoticeDraft(
                categories.describe(incident.fields()),
                incident.text(IncidentRecord.CAUSE),
                incident.text(IncidentRecord.POSSIBLE_HARM),
                incident.text(IncidentRecord.REMEDIAL_MEASURES),
                incident.text(IncidentRecord.INDIVIDUAL_MEASURES),
                texts(current.getHandlerContact()),
                texts(current.getProtectionOfficerContact())));
    }

    /** The handler's name from the current privacy notice. */
    NoticeText handlerName() {
        LocalizedText name = privacyNotices
                .current()
                .map(Notice::getHandlerName)
                .orElseThrow(() -> new IllegalStateException("no privacy notice is published"));
        return new NoticeText(name.getZhCN(), name.getEn());
    }

    /** The text sent to each affected customer: every element, Chinese first, then English. */
    String individualMessage(BreachNotice notice, NoticeText handler) {
        return String.join(
                "\n",
                "【个人信息安全事件通知】" + handler.zhCn() + "：涉及的个人信息："
                        + notice.categories().zhCn() + "。原因："
                        + notice.cause().zhCn() + "。可能造成的危害："
                        + notice.possibleHarm().zhCn() + "。我们已采取的补救措施："
                        + notice.remedialMeasures().zhCn() + "。您可以采取的措施："
                        + notice.individualMeasures().zhCn()
                        + "。联系我们：" + notice.handlerContact().zhCn() + "；"
                        + notice.protectionOfficerContact().zhCn(),
                "[Personal information incident notice] " + handler.en() + ": information involved: "
                        + notice.categories().en() + ". Cause: "
                        + notice.cause().en() + ". Possible harm: "
                        + notice.possibleHarm().en() + ". Measures we took: "
                        + notice.remedialMeasures().en()
                        + ". What you can do: " + notice.individualMeasures().en() + ". Contact us: "
                        + notice.handlerContact().en() + "; "
                        + notice.protectionOfficerContact().en());
    }

    private static Map<String, String> texts(LocalizedText text) {
        Map<String, String> texts = new HashMap<>();
        if (text != null) {
            texts.put("zh-CN", text.getZhCN());
            texts.put("en", text.getEn());
        }
        return texts;
    }
}

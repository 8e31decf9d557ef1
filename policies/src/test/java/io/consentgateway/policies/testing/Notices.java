package io.consentgateway.policies.testing;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.notice.Notice;
import io.consentgateway.policies.notice.NoticeHistory;
import io.consentgateway.policies.notice.NoticeText;
import io.consentgateway.policies.notice.PurposeNotice;
import java.util.List;

/** Published notices for tests: complete in both languages, with a purpose's methods text as the knob to change. */
public final class Notices {

    private Notices() {}

    public static Notice aNotice(int version, PurposeNotice... sections) {
        return new Notice(
                version,
                text("示例零售有限公司", "Example Retail Co., Ltd."),
                text("上海市浦东新区示例路1号，privacy@example.cn", "1 Example Road, Pudong, Shanghai; privacy@example.cn"),
                text("个人信息保护负责人：dpo@example.cn", "Personal information protection officer: dpo@example.cn"),
                List.of(sections),
                text(
                        "您可通过会员中心查阅、复制、更正、删除您的个人信息或撤回同意。",
                        "Use the member centre to access, copy,"
                                + " correct or delete your information, or to withdraw consent."),
                text("第" + version + "版", "Version " + version));
    }

    public static PurposeNotice aSection(String purpose) {
        return aSection(purpose, "by the gateway, encrypted at rest");
    }

    public static PurposeNotice aSection(String purpose, String methods) {
        return new PurposeNotice(
                new Purpose(purpose),
                text("用于" + purpose, "Used for " + purpose),
                text("方式：" + methods, "Methods: " + methods),
                text("姓名、手机号", "name, mobile number"),
                text("保存一年", "kept for one year"));
    }

    public static NoticeHistory historyOf(Notice... notices) {
        return new NoticeHistory(List.of(notices));
    }

    public static NoticeText text(String zhCn, String en) {
        return new NoticeText(zhCn, en);
    }
}

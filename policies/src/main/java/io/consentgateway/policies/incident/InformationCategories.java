package io.consentgateway.policies.incident;

import io.consentgateway.policies.notice.NoticeText;
import java.util.List;
import java.util.Map;

/**
 * How the categories of personal information involved in an incident read in a notice: catalogue field names become
 * words an individual understands, in both languages. A field without a label is named as it is.
 */
public final class InformationCategories {

    private static final Map<String, NoticeText> LABELS = Map.ofEntries(
            Map.entry("name", new NoticeText("姓名", "name")),
            Map.entry("mobile", new NoticeText("手机号", "mobile number")),
            Map.entry("idNumber", new NoticeText("身份证号", "ID card number")),
            Map.entry("birthDate", new NoticeText("出生日期", "date of birth")),
            Map.entry("gender", new NoticeText("性别", "gender")),
            Map.entry("province", new NoticeText("省份", "province")),
            Map.entry("city", new NoticeText("城市", "city")),
            Map.entry("district", new NoticeText("区县", "district")),
            Map.entry("address", new NoticeText("地址", "address")),
            Map.entry("email", new NoticeText("电子邮箱", "email address")),
            Map.entry("bankCard", new NoticeText("银行卡号", "bank card number")),
            Map.entry("wechatOpenId", new NoticeText("微信标识", "WeChat identifier")),
            Map.entry("wechatUnionId", new NoticeText("微信标识", "WeChat identifier")),
            Map.entry("location", new NoticeText("位置信息", "location")),
            Map.entry("orderedAt", new NoticeText("购买时间", "purchase times")),
            Map.entry("checkedInAt", new NoticeText("到店时间", "visit times")));

    /** The categories as one line per language, in the given order, each label once; empty fields give none. */
    public Map<String, String> describe(List<String> fields) {
        if (fields.isEmpty()) {
            return Map.of();
        }
        List<NoticeText> labels = fields.stream()
                .map(field -> LABELS.getOrDefault(field, new NoticeText(field, field)))
                .distinct()
                .toList();
        return Map.of(
                BreachNoticeCheck.ZH_CN,
                String.join("、", labels.stream().map(NoticeText::zhCn).toList()),
                BreachNoticeCheck.EN,
                String.join(", ", labels.stream().map(NoticeText::en).toList()));
    }
}

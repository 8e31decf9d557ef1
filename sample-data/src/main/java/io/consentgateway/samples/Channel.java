package io.consentgateway.samples;

import java.util.Arrays;
import java.util.List;

/**
 * The channels samples are made for: the field that identifies a record, the field that carries the mobile, how
 * many customers sign up there (member channels) and the ways their records are broken.
 */
enum Channel {
    WEB("web", "sourceId", "mobile", 20, Kinds.OUR_NAMES),
    APP("app", "sourceId", "mobile", 14, Kinds.OUR_NAMES),
    MINIPROGRAM("miniprogram", "sourceId", "mobile", 14, Kinds.OUR_NAMES),
    MEMBER_REGISTRATION("member-registration", "sourceId", "mobile", 10, Kinds.OUR_NAMES),
    PARTNER("partner", "sourceId", "mobile", 5, Kinds.OUR_NAMES),
    WECHAT("wechat", "openid", "phoneNumber", 17, Kinds.PLATFORM),
    DOUYIN("douyin", "open_id", "mobile", 8, Kinds.PLATFORM),
    XIAOHONGSHU("xiaohongshu", "user_id", "phone", 7, Kinds.PLATFORM),
    EVENT_CHECKIN("event-checkin", "checkinId", "mobile", 5, Kinds.PLATFORM),
    TAOBAO("taobao", "tid", "receiver_mobile", 0, Kinds.ORDERS),
    JD("jd", "orderId", "mobile", 0, Kinds.ORDERS),
    POS("pos", "receipt_no", "member_mobile", 0, List.of(CaseKind.MALFORMED_AMOUNT, CaseKind.SHORT_CSV_ROW));

    private final String label;
    private final String idField;
    private final String mobileField;
    private final int signUpWeight;
    private final List<CaseKind> breakages;

    Channel(String label, String idField, String mobileField, int signUpWeight, List<CaseKind> breakages) {
        this.label = label;
        this.idField = idField;
        this.mobileField = mobileField;
        this.signUpWeight = signUpWeight;
        this.breakages = breakages;
    }

    String label() {
        return label;
    }

    String fileName() {
        return label + ".json";
    }

    String idField() {
        return idField;
    }

    String mobileField() {
        return mobileField;
    }

    boolean member() {
        return signUpWeight > 0;
    }

    /** Ways a good record of this channel is altered in place, in the order they are applied. */
    List<CaseKind> breakages() {
        return breakages;
    }

    static List<Channel> members() {
        return Arrays.stream(values()).filter(Channel::member).toList();
    }

    static WeightedChoice signUps() {
        return new WeightedChoice(
                members().stream().mapToInt(channel -> channel.signUpWeight).toArray());
    }

    private static final class Kinds {
        static final List<CaseKind> OUR_NAMES = List.of(
                CaseKind.BAD_CHECK_DIGIT,
                CaseKind.TEN_DIGIT_MOBILE,
                CaseKind.FUTURE_BIRTH_DATE,
                CaseKind.MISSING_CONSENT);
        static final List<CaseKind> PLATFORM = List.of(CaseKind.TEN_DIGIT_MOBILE, CaseKind.MISSING_CONSENT);
        static final List<CaseKind> ORDERS = List.of(CaseKind.MALFORMED_AMOUNT);
    }
}

package io.consentgateway.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Channel {@code web} member records for the benches: member {@code i} has source id {@code bench-i}, a generated
 * name, the mobile {@code 139} followed by {@code i}, a province and city, membership consent and marketing consent
 * for one in three. Distinct for distinct {@code i}, so no two are the same person.
 */
final class BenchMembers {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军"};
    private static final String[] PLACES = {"浙江省,杭州市", "广东省,深圳市", "上海市,上海市", "北京市,北京市", "四川省,成都市"};

    private BenchMembers() {}

    static Map<String, Object> member(int i) {
        String[] place = PLACES[i % PLACES.length].split(",");
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("sourceId", "bench-" + i);
        member.put("name", SURNAMES[i % SURNAMES.length] + GIVEN[(i / 10) % GIVEN.length]);
        member.put("mobile", String.format(Locale.ROOT, "139%08d", i));
        member.put("province", place[0]);
        member.put("city", place[1]);
        member.put("consents", Map.of("membership", true, "marketing", i % 3 == 0));
        return member;
    }
}

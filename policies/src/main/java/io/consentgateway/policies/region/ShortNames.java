package io.consentgateway.policies.region;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms people write for provinces and cities: 广东 for 广东省, 广西 for 广西壮族自治区, 深圳 for 深圳市,
 * 延边 for 延边朝鲜族自治州. County-level names have no short form here: 南山 is as often a road as a district.
 */
final class ShortNames {

    private static final Pattern PROVINCE = Pattern.compile("(.{2,}?)(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)");
    private static final Pattern CITY = Pattern.compile(
            "(.{2,}?)(?:市|地区|盟|(?:" + "朝鲜族|土家族|苗族|藏族|羌族|彝族|布依族|侗族|哈尼族|壮族|傣族|白族|景颇族|傈僳族|回族|蒙古族|蒙古|柯尔克孜|哈萨克" + ")+自治州)");

    private ShortNames() {}

    static Optional<String> of(Division division) {
        return switch (division.level()) {
            case PROVINCE -> shorten(PROVINCE, division.name());
            case CITY -> shorten(CITY, division.name());
            case COUNTY -> Optional.empty();
        };
    }

    private static Optional<String> shorten(Pattern suffixes, String name) {
        Matcher matcher = suffixes.matcher(name);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

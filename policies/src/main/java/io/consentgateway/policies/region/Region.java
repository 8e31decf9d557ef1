package io.consentgateway.policies.region;

import java.util.Objects;

/**
 * Where an administrative division code points: province, prefecture-level city and county-level district, by name.
 * The city is null for a province-level code and for a county-level unit the province administers directly
 * (省直辖县级行政区划, e.g. 仙桃市); the district is null for province- and city-level codes. For the four
 * municipalities (北京市, 天津市, 上海市, 重庆市) the city is the municipality itself.
 */
public record Region(String province, String city, String district) {

    public Region {
        requireName(province, "province");
        if (city != null) {
            requireName(city, "city");
        }
        if (district != null) {
            requireName(district, "district");
        }
    }

    /** The names as written in an address, a level repeating the one above left out: 北京市朝阳区, 广东省深圳市南山区. */
    public String label() {
        StringBuilder label = new StringBuilder(province);
        if (city != null && !city.equals(province)) {
            label.append(city);
        }
        if (district != null && !district.equals(city)) {
            label.append(district);
        }
        return label.toString();
    }

    /** True when no level names a different division than the same level of the other region. */
    boolean agreesWith(Region other) {
        return province.equals(other.province)
                && (city == null || other.city == null || city.equals(other.city))
                && (district == null || other.district == null || district.equals(other.district));
    }

    private static void requireName(String name, String level) {
        Objects.requireNonNull(name, level);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a region names its " + level);
        }
    }
}

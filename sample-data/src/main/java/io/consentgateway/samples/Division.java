package io.consentgateway.samples;

import java.util.List;

/** A county-level division (GB/T 2260 code and names) with streets that exist in it. */
public record Division(String code, String province, String city, String district, List<String> streets) {

    public Division {
        if (!code.matches("[1-8][0-9]{5}")) {
            throw new IllegalArgumentException("not a division code: " + code);
        }
        streets = List.copyOf(streets);
    }

    /** Beijing, Shanghai, Tianjin, Chongqing: the city is the province. */
    public boolean municipality() {
        return province.equals(city);
    }

    /** "省 市 区 street" ("北京市 东城区 street" in a municipality). */
    public String spacedAddress(String street) {
        return municipality()
                ? String.join(" ", province, district, street)
                : String.join(" ", province, city, district, street);
    }

    /** "省市区street", the way e-commerce platforms write it. */
    public String fullAddress(String street) {
        return (municipality() ? province : province + city) + district + street;
    }
}

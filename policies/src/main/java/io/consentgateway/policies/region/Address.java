package io.consentgateway.policies.region;

import java.util.Objects;

/**
 * A mainland address split into the divisions it names and the rest (street, number, building). Province is always
 * known; city and district as in {@link Region}. The detail may be empty.
 */
public record Address(String province, String city, String district, String detail) {

    public Address {
        Objects.requireNonNull(detail, "detail");
        new Region(province, city, district); // the divisions follow the rules of a region
    }

    public Region region() {
        return new Region(province, city, district);
    }

    /** Shows no more than the address masked to its district would: the detail is personal information. */
    @Override
    public String toString() {
        return "Address[" + region().label() + ", detail redacted]";
    }
}

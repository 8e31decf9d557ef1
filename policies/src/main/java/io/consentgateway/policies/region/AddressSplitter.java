package io.consentgateway.policies.region;

import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.WidthFolding;
import java.util.Objects;

/**
 * Splits a free-text mainland address (广东省深圳市南山区科技园路1号, 北京市朝阳区建国路88号, 广东深圳南山区…) into
 * province, city, district and detail. Only names in the division table are recognised; full-width characters are
 * folded first. An address in which no province or city can be recognised is rejected as {@code unknown-region}.
 */
public final class AddressSplitter {

    private final AddressPrefixReader reader;

    public AddressSplitter(Divisions divisions) {
        this.reader = new AddressPrefixReader(Objects.requireNonNull(divisions, "divisions"));
    }

    public static AddressSplitter standard() {
        return new AddressSplitter(Divisions.standard());
    }

    public Validated<Address> split(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Validated.invalid("missing", field);
        }
        String address = WidthFolding.fold(raw.strip());
        return reader.read(address)
                .<Validated<Address>>map(prefix -> Validated.valid(toAddress(address, prefix)))
                .orElseGet(() -> Validated.invalid("unknown-region", field));
    }

    private static Address toAddress(String address, AddressPrefix prefix) {
        Region region = prefix.region();
        String detail = address.substring(AddressPrefixReader.skipSeparators(address, prefix.end()))
                .strip();
        return new Address(region.province(), region.city(), region.district(), detail);
    }
}

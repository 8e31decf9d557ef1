package io.consentgateway.policies.record;

import io.consentgateway.policies.region.Address;
import io.consentgateway.policies.region.AddressSplitter;
import io.consentgateway.policies.region.DeclaredRegionCheck;
import io.consentgateway.policies.region.Divisions;
import io.consentgateway.policies.region.Region;
import io.consentgateway.policies.validation.ResidentIdNumber;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a member lives, standardised to GB/T 2260 divisions: from the address (split and checked against any
 * province/city fields), else from the province/city/district fields, else completed from the ID number's place
 * of registration. Region names that the division table does not know are rejected, never stored as typed.
 */
final class RegionCheck {

    /** The region and, when one was given, the normalised full address. */
    record Located(Region region, String address) {}

    private final Divisions divisions;
    private final AddressSplitter splitter;
    private final DeclaredRegionCheck declared;

    RegionCheck(Divisions divisions) {
        this.divisions = divisions;
        this.splitter = new AddressSplitter(divisions);
        this.declared = new DeclaredRegionCheck(divisions);
    }

    Validated<Located> locate(RawRecord record, ResidentIdNumber idNumber) {
        String province = present(record.field("province"));
        String city = present(record.field("city"));
        String district = present(record.field("district"));
        String address = present(record.field("address"));
        String declaredRegion = Stream.of(province, city, district)
                .filter(part -> part != null)
                .distinct()
                .collect(Collectors.joining());
        if (address != null) {
            Validated<Address> split = splitter.split("address", address);
            if (split instanceof Invalid<Address> && !declaredRegion.isEmpty()) {
                // platforms such as Taobao send the street part alone beside the province/city/district fields
                Validated<Address> completed = splitter.split("address", declaredRegion + address);
                split = completed.isValid() ? completed : split;
            }
            if (split instanceof Valid<Address> valid) {
                split = declared.check(valid.value(), province, city);
            }
            return split.map(
                    parsed -> new Located(parsed.region(), parsed.region().label() + parsed.detail()));
        }
        if (!declaredRegion.isEmpty()) {
            Validated<Address> split = splitter.split(province != null ? "province" : "city", declaredRegion);
            if (split instanceof Invalid<Address> invalid) {
                return new Invalid<>(invalid.rejection());
            }
            return split.map(parsed -> new Located(parsed.region(), null));
        }
        Optional<Region> registered = Optional.ofNullable(idNumber).flatMap(divisions::regionOf);
        return Validated.valid(new Located(registered.orElse(null), null));
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

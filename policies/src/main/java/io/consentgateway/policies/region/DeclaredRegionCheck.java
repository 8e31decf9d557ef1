package io.consentgateway.policies.region;

import io.consentgateway.policies.region.Division.Level;
import io.consentgateway.policies.region.Divisions.Naming;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.WidthFolding;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks the province and city a record declares in fields of their own against its split address: each must be a
 * division in the table (full name or short form) and must not contradict the address. Rejections name the field,
 * {@code province} or {@code city}; a blank declaration is not checked.
 */
public final class DeclaredRegionCheck {

    private final Divisions divisions;

    public DeclaredRegionCheck(Divisions divisions) {
        this.divisions = Objects.requireNonNull(divisions, "divisions");
    }

    public static DeclaredRegionCheck standard() {
        return new DeclaredRegionCheck(Divisions.standard());
    }

    public Validated<Address> check(Address address, String province, String city) {
        Objects.requireNonNull(address, "address");
        Validated<Address> provinceChecked =
                checkField(address, "province", province, division -> division.level() == Level.PROVINCE);
        if (!provinceChecked.isValid()) {
            return provinceChecked;
        }
        return checkField(
                address,
                "city",
                city,
                division -> division.level() == Level.CITY || divisions.isDirectlyAdministered(division));
    }

    private Validated<Address> checkField(
            Address address, String field, String declared, Predicate<Division> atTheLevel) {
        if (declared == null || declared.isBlank()) {
            return Validated.valid(address);
        }
        List<Region> named = divisions.named(WidthFolding.fold(declared.strip())).stream()
                .map(Naming::division)
                .filter(atTheLevel)
                .map(divisions::region)
                .toList();
        if (named.isEmpty()) {
            return Validated.invalid("unknown-region", field);
        }
        if (named.stream().noneMatch(region -> region.agreesWith(address.region()))) {
            return Validated.invalid("inconsistent-with-address", field);
        }
        return Validated.valid(address);
    }
}

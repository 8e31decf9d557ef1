package io.consentgateway.policies.record;

import io.consentgateway.policies.region.Region;
import io.consentgateway.policies.validation.Gender;
import io.consentgateway.policies.validation.MobileNumber;
import io.consentgateway.policies.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A validated, normalised customer profile. Name is required, and mobile unless a platform identity (WeChat unionid)
 * identifies the person; the other components may be null when the
 * channel did not deliver them and they could not be derived (birth date, gender and region come from the ID
 * number when missing). {@code address} is the full normalised address, {@code region} its divisions.
 */
public record MemberProfile(
        PersonName name,
        MobileNumber mobile,
        ResidentIdNumber idNumber,
        LocalDate birthDate,
        Gender gender,
        Region region,
        String address,
        String email) {

    public MemberProfile {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "MemberProfile[redacted]";
    }
}

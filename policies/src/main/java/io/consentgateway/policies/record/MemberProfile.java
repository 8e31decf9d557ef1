package io.consentgateway.policies.record;

import io.consentgateway.policies.validation.Gender;
import io.consentgateway.policies.validation.MobileNumber;
import io.consentgateway.policies.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A validated, normalised customer profile. Name and mobile are required; the other components may be null when the
 * channel did not deliver them and they could not be derived (birth date and gender come from the ID number).
 */
public record MemberProfile(
        PersonName name,
        MobileNumber mobile,
        ResidentIdNumber idNumber,
        LocalDate birthDate,
        Gender gender,
        String province,
        String city) {

    public MemberProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mobile, "mobile");
    }

    @Override
    public String toString() {
        return "MemberProfile[redacted]";
    }
}

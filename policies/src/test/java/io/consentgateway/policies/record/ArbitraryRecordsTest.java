package io.consentgateway.policies.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.region.Divisions;
import io.consentgateway.policies.validation.DateNormaliser;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.ResidentIdNumberValidator;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Whatever a channel sends, the member check answers: a profile or a rejection naming a field, never an exception
 * (which would leave the record without an outcome). Instancio fills the records; the seed is printed on failure.
 */
@ExtendWith(InstancioExtension.class)
class ArbitraryRecordsTest {

    private final MemberRecordCheck check = new MemberRecordCheck(
            new MobileNumberNormaliser(),
            new ResidentIdNumberValidator(Clock.systemUTC()),
            new DateNormaliser(Clock.systemUTC()),
            Divisions.standard());

    @Seed(20261123)
    @ParameterizedTest(name = "sample {index}")
    @InstancioSource(samples = 2_000)
    void anyRecordEndsValidOrRejectedWithANamedField(
            Map<String, String> extraFields, String name, String mobile, String idNumber, String birthDate) {
        Map<String, String> fields = new HashMap<>(extraFields);
        fields.put("name", name);
        fields.put("mobile", mobile);
        fields.put("idNumber", idNumber);
        fields.put("birthDate", birthDate);

        Validated<MemberProfile> result = check.check(new RawRecord("web", "s-1", fields, Map.of()));

        if (result instanceof Invalid<MemberProfile> invalid) {
            assertThat(invalid.rejection().field()).isNotBlank();
        } else {
            assertThat(result.isValid()).isTrue();
        }
    }

    @Seed(20261124)
    @ParameterizedTest(name = "sample {index}")
    @InstancioSource(samples = 2_000)
    void anyRecordWithOnlyKnownFieldsNeverThrows(
            String name, String mobile, String idNumber, String birthDate, String gender, String city) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("mobile", mobile);
        fields.put("idNumber", idNumber);
        fields.put("birthDate", birthDate);
        fields.put("gender", gender);
        fields.put("city", city);

        assertThat(check.check(new RawRecord("web", "s-1", fields, Map.of("membership", true))))
                .isNotNull();
    }
}

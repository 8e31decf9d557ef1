package io.consentgateway.policies.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.testing.ChinesePeople;
import io.consentgateway.policies.validation.IdCheckDigit;
import io.consentgateway.policies.validation.ResidentIdNumber;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The region of registration completes a member profile from the ID number already collected, instead of asking the
 * customer again (PIPL Art. 6, minimum collection).
 */
class RegistrationRegionTest {

    private static final Divisions TABLE = Divisions.standard();

    @ParameterizedTest(name = "case {index}")
    @CsvSource(
            nullValues = "-",
            value = {
                "440305, 广东省, 深圳市, 南山区",
                "110105, 北京市, 北京市, 朝阳区",
                "429004, 湖北省, -, 仙桃市",
                "441900, 广东省, 东莞市, -",
                // 潮阳县, a county of Shantou until 2003: the city remains
                "440524, 广东省, 汕头市, -",
                // 崇文区, merged into 东城区 in 2010: the municipality remains
                "110103, 北京市, 北京市, -",
                // no city 4499 ever existed: only the province is certain
                "449901, 广东省, -, -"
            })
    void anIdNumberCompletesTheRegionOfRegistration(String code, String province, String city, String district) {
        assertThat(TABLE.regionOf(anIdRegisteredIn(code))).contains(new Region(province, city, district));
    }

    @ParameterizedTest(name = "case {index}")
    @ValueSource(strings = {"710101", "810001", "820001"})
    void anIdNumberRegisteredOutsideTheMainlandTableHasNoRegion(String code) {
        assertThat(TABLE.regionOf(anIdRegisteredIn(code))).isEmpty();
    }

    static Stream<String> generatedIdNumbers() {
        return ChinesePeople.idNumbers(13L, 500);
    }

    @ParameterizedTest(name = "seed 13, sample {index}")
    @MethodSource("generatedIdNumbers")
    void everyGeneratedIdNumberIsCompletedToItsDistrict(String idNumber) {
        assertThat(TABLE.regionOf(new ResidentIdNumber(idNumber)))
                .as("generated sample (seed 13)")
                .hasValueSatisfying(region -> assertThat(region.district()).isNotNull());
    }

    private static ResidentIdNumber anIdRegisteredIn(String divisionCode) {
        String body = divisionCode + "19900307" + "123";
        return new ResidentIdNumber(body + IdCheckDigit.of(body));
    }
}

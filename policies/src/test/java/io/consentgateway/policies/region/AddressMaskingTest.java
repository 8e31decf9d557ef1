package io.consentgateway.policies.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.region.SampleAddresses.Sample;
import io.consentgateway.policies.testing.ArbitraryText;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Valid;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An address on display stops at the district (GB/T 35273-2020 §7.2, limits on display): street, number and
 * building are personal information that marketing and service screens do not need (PIPL Art. 6).
 */
class AddressMaskingTest {

    private static final Divisions TABLE = Divisions.standard();
    private static final Set<String> LABELS =
            TABLE.all().stream().map(TABLE::region).map(Region::label).collect(Collectors.toSet());
    private static final Set<Integer> DETAIL_CHARACTERS = SampleAddresses.detailCharacters();

    private final AddressMasking masking = new AddressMasking(TABLE);
    private final AddressSplitter splitter = new AddressSplitter(TABLE);

    @ParameterizedTest(name = "case {index}")
    @CsvSource(
            delimiter = '|',
            value = {
                "广东省深圳市南山区科技园路1号 | 广东省深圳市南山区****",
                "广东深圳南山区科技园路1号 | 广东省深圳市南山区****",
                "深圳市南山区科技园路１号Ａ座 | 广东省深圳市南山区****",
                "北京市朝阳区建国路88号 | 北京市朝阳区****",
                "上海上海市浦东新区世纪大道100号 | 上海市浦东新区****",
                "湖北省仙桃市沙嘴街道 | 湖北省仙桃市****",
                "广东省深圳市 | 广东省深圳市****",
                "广东省深圳市华侨城 | 广东省深圳市****",
                "广东省中山路1号 | 广东省****",
                "科技园路1号 | ****",
                "南山区科技园路1号 | ****",
                "'' | ****",
                "北 | ****"
            })
    void maskedAddressStopsAtTheDistrict(String address, String masked) {
        assertThat(masking.mask(address)).isEqualTo(masked);
    }

    @Test
    void anAbsentAddressStaysAbsent() {
        assertThat(masking.mask(null)).isNull();
        assertThat(AddressMasking.standard().mask(null)).isNull();
    }

    @Test
    void theMaskHidesTheLengthOfTheDetail() {
        assertThat(masking.mask("广东省深圳市南山区1号")).isEqualTo(masking.mask("广东省深圳市南山区" + "科技园路1号".repeat(800)));
    }

    static Stream<Sample> sampleAddresses() {
        return SampleAddresses.of(43L, 3_000);
    }

    @ParameterizedTest(name = "seed 43, sample {index}")
    @MethodSource("sampleAddresses")
    void aMaskedRealAddressShowsItsDivisionsAndNoCharacterOfItsDetail(Sample sample) {
        String masked = masking.mask(sample.text());

        assertThat(masked)
                .as("sample address (seed 43)")
                .isEqualTo(sample.region().label() + "****");
        assertThat(masked.codePoints().filter(DETAIL_CHARACTERS::contains).count())
                .as("detail characters in the mask of sample address (seed 43)")
                .isZero();
    }

    static Stream<String> arbitraryText() {
        return ArbitraryText.strings(5_000);
    }

    @ParameterizedTest(name = "seed " + ArbitraryText.SEED + ", sample {index}")
    @MethodSource("arbitraryText")
    void anyTextIsMaskedToTheDivisionsItNamesAndFourStarsOrMaskedCompletely(String address) {
        String masked = masking.mask(address);

        assertThat(masked).endsWith("****");
        String shown = masked.substring(0, masked.length() - 4);
        Validated<Address> split = splitter.split("address", address);
        if (split instanceof Valid<Address> valid) {
            assertThat(shown).isEqualTo(valid.value().region().label());
        } else {
            assertThat(masked).isEqualTo("****");
        }
        assertThat(shown.isEmpty() || LABELS.contains(shown))
                .as("only division names are shown")
                .isTrue();
    }

    @ParameterizedTest(name = "seed " + ArbitraryText.SEED + ", sample {index}")
    @MethodSource("arbitraryText")
    void whateverFollowsARecognisedDistrictStaysHidden(String detail) {
        assertThat(masking.mask("广东省深圳市南山区" + detail)).isEqualTo("广东省深圳市南山区****");
        assertThat(masking.mask("北京市朝阳区" + detail)).isEqualTo("北京市朝阳区****");
    }
}

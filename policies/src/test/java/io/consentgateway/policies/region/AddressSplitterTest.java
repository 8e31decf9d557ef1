package io.consentgateway.policies.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.region.SampleAddresses.Sample;
import io.consentgateway.policies.testing.ArbitraryText;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import io.consentgateway.policies.validation.WidthFolding;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressSplitterTest {

    private static final Divisions TABLE = Divisions.standard();
    private static final Set<Region> REGIONS =
            TABLE.all().stream().map(TABLE::region).collect(Collectors.toSet());

    private final AddressSplitter splitter = new AddressSplitter(TABLE);

    @ParameterizedTest(name = "case {index}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "广东省深圳市南山区科技园路1号 | 广东省 | 深圳市 | 南山区 | 科技园路1号",
                "深圳市南山区科技园路1号 | 广东省 | 深圳市 | 南山区 | 科技园路1号",
                "广东深圳南山区科技园路1号 | 广东省 | 深圳市 | 南山区 | 科技园路1号",
                "'  广东省 深圳市 南山区 科技园路1号 ' | 广东省 | 深圳市 | 南山区 | 科技园路1号",
                "广东省深圳市南山区科技园路１号Ａ座 | 广东省 | 深圳市 | 南山区 | 科技园路1号A座",
                "北京市朝阳区建国路88号 | 北京市 | 北京市 | 朝阳区 | 建国路88号",
                "北京朝阳区建国路88号 | 北京市 | 北京市 | 朝阳区 | 建国路88号",
                "北京市北京市朝阳区建国路88号 | 北京市 | 北京市 | 朝阳区 | 建国路88号",
                "上海上海市浦东新区世纪大道100号 | 上海市 | 上海市 | 浦东新区 | 世纪大道100号",
                "重庆市城口县葛城街道 | 重庆市 | 重庆市 | 城口县 | 葛城街道",
                "天津市建设路1号 | 天津市 | 天津市 | - | 建设路1号",
                "湖北省仙桃市沙嘴街道 | 湖北省 | - | 仙桃市 | 沙嘴街道",
                "仙桃市沙嘴街道 | 湖北省 | - | 仙桃市 | 沙嘴街道",
                "广东省东莞市南城街道 | 广东省 | 东莞市 | - | 南城街道",
                "吉林市昌邑区解放路 | 吉林省 | 吉林市 | 昌邑区 | 解放路",
                "内蒙古呼和浩特市新城区 | 内蒙古自治区 | 呼和浩特市 | 新城区 | ''",
                "延边延吉市人民路 | 吉林省 | 延边朝鲜族自治州 | 延吉市 | 人民路",
                "广东省南山区科技园路1号 | 广东省 | 深圳市 | 南山区 | 科技园路1号",
                "广东省深圳市 | 广东省 | 深圳市 | - | ''",
                "广东省中山路1号 | 广东省 | - | - | 中山路1号",
                "山西省城区东街 | 山西省 | - | - | 城区东街"
            })
    void anAddressSplitsIntoTheDivisionsOfTheTableAndItsDetail(
            String raw, String province, String city, String district, String detail) {
        assertThat(splitter.split("address", raw))
                .isEqualTo(Validated.valid(new Address(province, city, district, detail)));
    }

    @ParameterizedTest(name = "case {index}")
    @ValueSource(
            strings = {"南山区科技园路1号", "科技园路1号", "深圳科技园路1号", "吉林 长春路", "火星省奥林匹斯山", "Shenzhen Nanshan", "!!!@@@###", "广"})
    void anAddressWithoutARecognisableProvinceOrCityIsRejected(String raw) {
        assertThat(splitter.split("address", raw)).isEqualTo(Validated.invalid("unknown-region", "address"));
    }

    @ParameterizedTest(name = "case {index}")
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000"})
    void aMissingAddressIsRejectedAsMissing(String raw) {
        assertThat(splitter.split("deliveryAddress", raw)).isEqualTo(Validated.invalid("missing", "deliveryAddress"));
    }

    @Test
    void anAddressShowsOnlyItsRegionInToString() {
        Address address = new Address("广东省", "深圳市", "南山区", "科技园路1号");
        assertThat(address.toString()).contains("南山区").doesNotContain("科技园");
    }

    static Stream<Sample> sampleAddresses() {
        return SampleAddresses.of(41L, 3_000);
    }

    @ParameterizedTest(name = "seed 41, sample {index}")
    @MethodSource("sampleAddresses")
    void aRealAddressSplitsBackIntoItsDivisionsAndDetail(Sample sample) {
        assertThat(splitter.split("address", sample.text()))
                .as("sample address (seed 41) for %s", sample.region())
                .isEqualTo(Validated.valid(new Address(
                        sample.region().province(),
                        sample.region().city(),
                        sample.region().district(),
                        sample.detail())));
    }

    static Stream<String> arbitraryText() {
        return ArbitraryText.strings(5_000);
    }

    @ParameterizedTest(name = "seed " + ArbitraryText.SEED + ", sample {index}")
    @MethodSource("arbitraryText")
    void anyTextSplitsIntoATableRegionAndItsOwnRestOrIsRejectedNamingTheField(String raw) {
        Validated<Address> split = splitter.split("address", raw);
        if (split instanceof Valid<Address> valid) {
            assertThat(REGIONS).contains(valid.value().region());
            assertThat(WidthFolding.fold(raw).strip()).endsWith(valid.value().detail());
        } else {
            assertThat(((Invalid<Address>) split).rejection().reason())
                    .isIn("missing:address", "unknown-region:address");
        }
    }
}

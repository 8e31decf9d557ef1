package io.consentgateway.policies.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.validation.Validated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclaredRegionCheckTest {

    private final AddressSplitter splitter = AddressSplitter.standard();
    private final DeclaredRegionCheck check = DeclaredRegionCheck.standard();

    @ParameterizedTest(name = "case {index}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "广东省深圳市南山区科技园路1号 | 广东省 | 深圳市",
                "广东省深圳市南山区科技园路1号 | 广东 | 深圳",
                "广东省深圳市南山区科技园路1号 | ' 广东省 ' | -",
                "广东省深圳市南山区科技园路1号 | - | -",
                "广东省深圳市南山区科技园路1号 | '' | ''",
                "北京市朝阳区建国路88号 | 北京 | 北京市",
                "湖北省仙桃市沙嘴街道 | 湖北 | 仙桃市",
                "广东省科技园路1号 | 广东省 | 深圳市"
            })
    void declaredProvinceAndCityThatAgreeWithTheAddressAreAccepted(String raw, String province, String city) {
        Address address = address(raw);
        assertThat(check.check(address, province, city)).isEqualTo(Validated.valid(address));
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "广东省深圳市南山区科技园路1号 | 北京市 | - | inconsistent-with-address:province",
                "广东省深圳市南山区科技园路1号 | 广东 | 广州 | inconsistent-with-address:city",
                "广东省深圳市南山区科技园路1号 | - | 广州市 | inconsistent-with-address:city",
                "广东省深圳市南山区科技园路1号 | 火星省 | - | unknown-region:province",
                "广东省深圳市南山区科技园路1号 | 广东 | 南山区 | unknown-region:city",
                "广东省深圳市南山区科技园路1号 | 深圳市 | - | unknown-region:province",
                "湖北省武汉市江岸区 | - | 仙桃市 | inconsistent-with-address:city"
            })
    void aDeclaredRegionThatIsUnknownOrContradictsTheAddressIsRejectedNamingItsField(
            String raw, String province, String city, String reason) {
        assertThat(check.check(address(raw), province, city))
                .isInstanceOfSatisfying(
                        Validated.Invalid.class,
                        invalid -> assertThat(invalid.rejection().reason()).isEqualTo(reason));
    }

    private Address address(String raw) {
        return ((Validated.Valid<Address>) splitter.split("address", raw)).value();
    }
}

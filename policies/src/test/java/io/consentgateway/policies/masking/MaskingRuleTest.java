package io.consentgateway.policies.masking;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.testing.ArbitraryText;
import io.consentgateway.policies.testing.ChinesePeople;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MaskingRuleTest {

    @ParameterizedTest(name = "case {index}")
    @CsvSource({"+8613812341234, 138****1234", "13812341234, 138****1234", "1381234123, ****", "'', ****"})
    void maskedMobileKeepsFirstThreeAndLastFour(String value, String masked) {
        assertThat(MaskingRule.MOBILE.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "11010519491231002X, 110105********002X",
        "110105194912310021, 110105********0021",
        "440524800101001, 440524*****1001",
        "1101051949, ****"
    })
    void maskedIdNumberKeepsDivisionCodeAndLastFour(String value, String masked) {
        assertThat(MaskingRule.ID_NUMBER.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({"张三, 张*", "王小明, 王**", "欧阳娜娜, 欧阳**", "欧阳锋, 欧阳*", "欧阳, 欧*", "李, *", "Li Lei, L*****", "𠀋明, 𠀋*"})
    void maskedNameKeepsTheSurnameOnly(String value, String masked) {
        assertThat(MaskingRule.PERSON_NAME.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "6222020200001234567, **** **** **** 4567",
        "6222 0202 0000 1234, **** **** **** 1234",
        "1234, ****",
        "6222abc, ****"
    })
    void maskedBankCardKeepsTheLastFour(String value, String masked) {
        assertThat(MaskingRule.BANK_CARD.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({"zhangsan@example.com, z***@example.com", "张三@例子.中国, 张***@例子.中国", "noat, ****", "@x.cn, ****"})
    void maskedEmailKeepsTheFirstCharacterAndTheDomain(String value, String masked) {
        assertThat(MaskingRule.EMAIL.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o, oUpF****", "short, ****"})
    void maskedChannelIdentityKeepsTheFirstFour(String value, String masked) {
        assertThat(MaskingRule.CHANNEL_IDENTITY.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({"1990-03-05, 1990", "19x0, ****"})
    void maskedBirthDateKeepsTheYear(String value, String masked) {
        assertThat(MaskingRule.BIRTH_DATE.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({"'深圳市|22.5431,114.0579', 深圳市", "'22.5431,114.0579', ****"})
    void maskedPreciseLocationKeepsTheCity(String value, String masked) {
        assertThat(MaskingRule.PRECISE_LOCATION.mask(value)).isEqualTo(masked);
    }

    @Test
    void maskedAddressStopsAtTheDistrict() {
        assertThat(MaskingRule.ADDRESS.mask("广东省深圳市南山区科技园路1号")).isEqualTo("广东省深圳市南山区****");
    }

    @Test
    void everyRuleHasTheNameTheClassificationFileUses() {
        for (MaskingRule rule : MaskingRule.values()) {
            assertThat(MaskingRule.fromConfig(rule.configName())).contains(rule);
        }
    }

    @Test
    void absentValuesStayAbsent() {
        for (MaskingRule rule : MaskingRule.values()) {
            assertThat(rule.mask(null)).as(rule.name()).isNull();
        }
    }

    static Stream<String> arbitraryText() {
        return ArbitraryText.strings(5_000);
    }

    @ParameterizedTest(name = "seed " + ArbitraryText.SEED + ", sample {index}")
    @MethodSource("arbitraryText")
    void aMaskedValueNeverRevealsMoreThanItsRuleAllows(String value) {
        assertThat(revealed(MaskingRule.MOBILE.mask(value))).as("mobile").isLessThanOrEqualTo(7);
        assertThat(revealed(MaskingRule.ID_NUMBER.mask(value))).as("ID number").isLessThanOrEqualTo(10);
        assertThat(revealed(MaskingRule.BANK_CARD.mask(value).replace(" ", "")))
                .as("bank card")
                .isLessThanOrEqualTo(4);
        assertThat(revealed(MaskingRule.CHANNEL_IDENTITY.mask(value)))
                .as("channel identity")
                .isLessThanOrEqualTo(4);
        assertThat(revealed(MaskingRule.BIRTH_DATE.mask(value)))
                .as("birth date")
                .isLessThanOrEqualTo(4);
        int at = value.lastIndexOf('@');
        assertThat(revealed(MaskingRule.EMAIL.mask(value)))
                .as("email shows one character and the domain")
                .isLessThanOrEqualTo(at < 0 ? 0 : 1 + value.substring(at).codePointCount(0, value.length() - at));
        int bar = value.indexOf('|');
        assertThat(MaskingRule.PRECISE_LOCATION.mask(value))
                .as("location never shows the coordinates")
                .isIn(MaskingRule.FULLY_MASKED, bar < 0 ? MaskingRule.FULLY_MASKED : value.substring(0, bar));
        int nameLength = value.codePointCount(0, value.length());
        assertThat(revealed(MaskingRule.PERSON_NAME.mask(value)))
                .as("name of %d characters", nameLength)
                .isLessThanOrEqualTo(Math.min(2, Math.max(0, nameLength - 1)));
    }

    static Stream<String> generatedNames() {
        return ChinesePeople.names(3L, 2_000);
    }

    @ParameterizedTest(name = "seed 3, sample {index}")
    @MethodSource("generatedNames")
    void aMaskedChineseNameShowsItsFirstCharacterAndHidesEveryOther(String name) {
        String masked = MaskingRule.PERSON_NAME.mask(name);
        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(name.codePointCount(0, name.length()));
        assertThat(masked.codePointAt(0)).isEqualTo(name.codePointAt(0));
        assertThat(masked).endsWith("*");
    }

    /** Characters of the masked form that are not mask stars: an upper bound on what it shows of the input. */
    private static long revealed(String masked) {
        return masked.codePoints().filter(c -> c != '*').count();
    }
}

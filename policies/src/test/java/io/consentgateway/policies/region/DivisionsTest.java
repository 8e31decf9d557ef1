package io.consentgateway.policies.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionsTest {

    private static final Divisions TABLE = Divisions.standard();

    @ParameterizedTest(name = "case {index}")
    @CsvSource(
            nullValues = "-",
            value = {
                "440305, 广东省, 深圳市, 南山区",
                "440300, 广东省, 深圳市, -",
                "440000, 广东省, -, -",
                "110105, 北京市, 北京市, 朝阳区",
                "110100, 北京市, 北京市, -",
                "110000, 北京市, 北京市, -",
                "310115, 上海市, 上海市, 浦东新区",
                "120101, 天津市, 天津市, 和平区",
                "500229, 重庆市, 重庆市, 城口县",
                "429004, 湖北省, -, 仙桃市",
                "441900, 广东省, 东莞市, -",
                "652300, 新疆维吾尔自治区, 昌吉回族自治州, -",
                "152900, 内蒙古自治区, 阿拉善盟, -",
                "450102, 广西壮族自治区, 南宁市, 兴宁区"
            })
    void aCodeLooksUpItsProvinceCityAndDistrict(String code, String province, String city, String district) {
        assertThat(TABLE.lookup(code)).contains(new Region(province, city, district));
    }

    @ParameterizedTest(name = "case {index}")
    @NullAndEmptySource
    @ValueSource(strings = {"999999", "440399", "000000", "4403", "4403051", "44030５", "44O305", "440371", "710000"})
    void anUnknownOrMalformedCodeHasNoRegion(String code) {
        assertThat(TABLE.lookup(code)).isEmpty();
    }

    @Test
    void everyMainlandProvincialLevelCodeIsInTheTable() {
        for (String province : List.of(
                "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
                "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")) {
            assertThat(TABLE.lookup(province + "0000"))
                    .as("province %s", province)
                    .isPresent();
        }
    }

    @Test
    void everyDivisionInTheTableHasARegionWithItsOwnName() {
        assertThat(TABLE.size()).isGreaterThan(3_000);
        for (Division division : TABLE.all()) {
            Region region = TABLE.lookup(division.code()).orElseThrow();
            assertThat(List.of(region.province(), String.valueOf(region.city()), String.valueOf(region.district())))
                    .as("division %s", division.code())
                    .contains(division.name());
        }
    }

    @Test
    void theShippedTableIsSortedWithUniqueSixDigitCodesAndNamesItsSource() throws IOException {
        List<String> lines;
        try (InputStream in = Divisions.class.getResourceAsStream("divisions.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        assertThat(lines.get(0)).startsWith("#");
        assertThat(String.join(
                        "\n",
                        lines.stream().filter(line -> line.startsWith("#")).toList()))
                .contains("china-division 2.7.0")
                .contains("MIT");
        Pattern row = Pattern.compile("[1-9][0-9]{5}\t\\S+");
        List<String> rows = lines.stream().filter(line -> !line.startsWith("#")).toList();
        String previous = "";
        for (String line : rows) {
            assertThat(line).as("a code<TAB>name row").matches(row);
            assertThat(line.substring(0, 6)).as("codes ascend").isGreaterThan(previous);
            previous = line.substring(0, 6);
        }
    }

    @Test
    void aTableOfAFewLinesIsEnoughForTests() {
        Divisions small = new Divisions(List.of("# test", "440000\t广东省", "", "440300\t深圳市", "440305\t南山区"));
        assertThat(small.lookup("440305")).contains(new Region("广东省", "深圳市", "南山区"));
        assertThat(small.size()).isEqualTo(3);
    }

    @ParameterizedTest(name = "case {index}")
    @ValueSource(strings = {"440000 广东省", "440000\t", "4400\t广东省", "440000\t广东省\textra"})
    void aMalformedLineIsRefused(String line) {
        assertThatThrownBy(() -> new Divisions(List.of(line))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRepeatedCodeIsRefused() {
        assertThatThrownBy(() -> new Divisions(List.of("440000\t广东省", "440000\t广东")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void aDivisionWithoutItsProvinceIsRefused() {
        assertThatThrownBy(() -> new Divisions(List.of("440300\t深圳市")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no province");
    }
}

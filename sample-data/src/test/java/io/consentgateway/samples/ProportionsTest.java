package io.consentgateway.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each file holds exactly round(share × its good records) of each broken kind that applies to it. */
class ProportionsTest {

    private static final List<CaseKind> QUOTA_KINDS = List.of(
            CaseKind.BAD_CHECK_DIGIT,
            CaseKind.TEN_DIGIT_MOBILE,
            CaseKind.FUTURE_BIRTH_DATE,
            CaseKind.MISSING_CONSENT,
            CaseKind.DUPLICATE_SOURCE_ID,
            CaseKind.SAME_PERSON_OTHER_CHANNEL,
            CaseKind.MALFORMED_AMOUNT);

    @ParameterizedTest(name = "{0} customers")
    @ValueSource(ints = {1_000, 10_000})
    void everyKindIsItsExactShareOfEachFile(int customers) {
        Settings settings = Settings.defaults().withCustomers(customers);
        SampleSet set = SampleData.generate(settings);

        for (ChannelFile file : set.channelFiles()) {
            if (file.channel().equals(SampleGeneration.UNKNOWN_CHANNEL)) {
                assertThat(file.recordCount()).isEqualTo(settings.quota(customers));
                continue;
            }
            int good = file.recordCount()
                    - count(file.cases(), CaseKind.DUPLICATE_SOURCE_ID)
                    - count(file.cases(), CaseKind.SAME_PERSON_OTHER_CHANNEL);
            for (CaseKind kind : QUOTA_KINDS) {
                if (file.cases().containsKey(kind)) {
                    assertThat(count(file.cases(), kind))
                            .as("%s %s of %d good records", file.path(), kind.label(), good)
                            .isEqualTo((int) Math.round(0.02 * good));
                }
            }
        }
        int posRows = set.posFiles().stream().mapToInt(PosFile::recordCount).sum();
        for (CaseKind kind : List.of(CaseKind.MALFORMED_AMOUNT, CaseKind.SHORT_CSV_ROW)) {
            int broken = set.posFiles().stream()
                    .mapToInt(file -> count(file.cases(), kind))
                    .sum();
            assertThat(broken).as("pos %s of %d rows", kind.label(), posRows).isEqualTo((int)
                    Math.round(0.02 * posRows));
        }
    }

    @ParameterizedTest(name = "{0} customers")
    @ValueSource(ints = {1_000, 10_000})
    void memberFilesCarryTheKindsPromisedForTheirShape(int customers) {
        SampleSet set = SampleData.generate(Settings.defaults().withCustomers(customers));

        assertThat(set.channelFile("web.json").cases())
                .containsKeys(
                        CaseKind.BAD_CHECK_DIGIT,
                        CaseKind.TEN_DIGIT_MOBILE,
                        CaseKind.FUTURE_BIRTH_DATE,
                        CaseKind.MISSING_CONSENT,
                        CaseKind.DUPLICATE_SOURCE_ID,
                        CaseKind.SAME_PERSON_OTHER_CHANNEL);
        assertThat(set.channelFile("douyin.json").cases())
                .containsKeys(CaseKind.TEN_DIGIT_MOBILE, CaseKind.MISSING_CONSENT)
                .doesNotContainKey(CaseKind.BAD_CHECK_DIGIT);
        assertThat(set.channelFile("taobao.json").cases())
                .containsOnlyKeys(CaseKind.MALFORMED_AMOUNT, CaseKind.DUPLICATE_SOURCE_ID);
        assertThat(set.channelFile("web.json").cases().get(CaseKind.BAD_CHECK_DIGIT))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(doubles = {0.0, 0.05, 0.1})
    void theShareIsConfigurable(double share) {
        SampleSet set =
                SampleData.generate(Settings.defaults().withCustomers(2_000).withBrokenShare(share));
        ChannelFile web = set.channelFile("web.json");
        int good = web.recordCount()
                - count(web.cases(), CaseKind.DUPLICATE_SOURCE_ID)
                - count(web.cases(), CaseKind.SAME_PERSON_OTHER_CHANNEL);

        assertThat(count(web.cases(), CaseKind.MISSING_CONSENT)).isEqualTo((int) Math.round(share * good));
    }

    private static int count(Map<CaseKind, List<String>> cases, CaseKind kind) {
        return cases.getOrDefault(kind, List.of()).size();
    }
}

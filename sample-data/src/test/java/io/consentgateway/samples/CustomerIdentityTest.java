package io.consentgateway.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerIdentityTest {

    private static final Pattern VALID_MOBILE = Pattern.compile("1(3[0-9]|5[0-35-9]|7[2-8]|8[0-9]|9[1-35-9])[0-9]{8}");
    private static final Set<String> DIVISIONS =
            Set.of("110101", "110105", "310104", "310115", "440305", "440106", "330106", "510107", "420106", "320106");

    private final SampleSet set = SampleData.generate(Settings.defaults());

    @Test
    void everyCustomerHasAValidIdNumberThatEncodesDivisionBirthDateAndGender() {
        assertThat(set.customers()).hasSize(1000).allSatisfy(customer -> {
            String id = customer.idNumber();
            assertThat(Gb11643.isValid(id)).as("customer %d", customer.number()).isTrue();
            assertThat(id.substring(0, 6)).isEqualTo(customer.division().code()).isIn(DIVISIONS);
            assertThat(LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE))
                    .isEqualTo(customer.birthDate())
                    .isBetween(LocalDate.of(1960, 1, 1), LocalDate.of(2008, 12, 31));
            boolean odd = (id.charAt(16) - '0') % 2 == 1;
            assertThat(customer.gender()).isEqualTo(odd ? Gender.MALE : Gender.FEMALE);
            assertThat(customer.mobile()).matches(VALID_MOBILE);
        });
    }

    @Test
    void noTwoCustomersShareAMobileOrAnIdNumber() {
        assertThat(set.customers().stream().map(Customer::mobile).distinct()).hasSize(1000);
        assertThat(set.customers().stream().map(Customer::idNumber).distinct()).hasSize(1000);
    }

    @Test
    void namesAreChineseAndSomeCustomersHaveAnEmail() {
        assertThat(set.customers())
                .allSatisfy(customer -> assertThat(customer.name()).matches("\\p{IsHan}{2,5}"));
        long withEmail = set.customers().stream().filter(c -> c.email() != null).count();
        assertThat(withEmail).isBetween(200L, 400L);
    }

    @Test
    void recordsNotDeclaredBrokenCarryValidIdNumbersAndMobilesAndBrokenOnesFail() {
        for (ChannelFile file : set.channelFiles()) {
            Set<String> badIds = ids(file, CaseKind.BAD_CHECK_DIGIT);
            Set<String> shortMobiles = ids(file, CaseKind.TEN_DIGIT_MOBILE);
            for (Map<String, Object> record : file.records()) {
                String id = String.valueOf(record.get(file.idField()));
                Object idNumber = record.get("idNumber");
                if (idNumber != null) {
                    assertThat(Gb11643.isValid((String) idNumber))
                            .as("%s %s", file.path(), id)
                            .isEqualTo(!badIds.contains(id));
                }
                String mobile = mobileOf(file, record);
                if (shortMobiles.contains(id)) {
                    assertThat(mobile).as("%s %s", file.path(), id).matches("1[0-9]{9}");
                } else {
                    assertThat(mobile).as("%s %s", file.path(), id).matches(VALID_MOBILE);
                }
            }
        }
    }

    @Test
    void futureBirthDatesLieAfterTheReferenceDateAndOtherBirthDatesMatchTheIdNumber() {
        LocalDate reference = set.settings().referenceDate();
        for (ChannelFile file : set.channelFiles()) {
            Set<String> future = ids(file, CaseKind.FUTURE_BIRTH_DATE);
            for (Map<String, Object> record : file.records()) {
                Object birthDate = record.get("birthDate");
                if (birthDate == null) {
                    continue;
                }
                LocalDate date = LocalDate.parse((String) birthDate);
                if (future.contains(record.get("sourceId"))) {
                    assertThat(date).isAfter(reference.plusYears(1));
                } else if (record.get("idNumber") instanceof String idNumber) {
                    assertThat(idNumber.substring(6, 14)).isEqualTo(date.format(DateTimeFormatter.BASIC_ISO_DATE));
                }
            }
        }
    }

    @Test
    void genderAndAddressAgreeWithTheIdNumberAndTheDivision() {
        List<Map<String, Object>> web = set.records("web");
        for (Map<String, Object> record : web) {
            if (record.get("gender") != null && record.get("idNumber") instanceof String idNumber) {
                boolean odd = (idNumber.charAt(16) - '0') % 2 == 1;
                assertThat(record.get("gender")).isEqualTo(odd ? "男" : "女");
            }
            if (record.get("address") instanceof String address && record.get("district") != null) {
                assertThat(address)
                        .startsWith((String) record.get("province"))
                        .contains(" " + record.get("district") + " ");
            }
        }
    }

    @Test
    void recordsWithAnIdNumberConsentToSensitiveInformationAndGoodRecordsToMembership() {
        for (ChannelFile file : set.channelFiles()) {
            Set<String> refused = ids(file, CaseKind.MISSING_CONSENT);
            for (Map<String, Object> record : file.records()) {
                if (!(record.get("consents") instanceof Map<?, ?> consents)) {
                    continue;
                }
                String id = String.valueOf(record.get(file.idField()));
                assertThat(Boolean.TRUE.equals(consents.get("membership")))
                        .as("%s %s", file.path(), id)
                        .isEqualTo(!refused.contains(id));
                if (record.containsKey("idNumber")) {
                    assertThat(consents.get("sensitive-pi")).isEqualTo(true);
                }
                assertThat(record.get("noticeVersion")).isEqualTo(1);
            }
        }
    }

    @Test
    void aWechatUserSeenByTwoAppsHasTwoOpenidsAndOneUnionid() {
        ChannelFile wechat = set.channelFile("wechat.json");
        Set<String> second = ids(wechat, CaseKind.SECOND_WECHAT_OPENID);
        assertThat(second).isNotEmpty();
        Map<Object, List<Map<String, Object>>> byUnionid =
                wechat.records().stream().collect(Collectors.groupingBy(record -> record.get("unionid")));
        for (String openid : second) {
            Map<String, Object> twin = wechat.records().stream()
                    .filter(record -> record.get("openid").equals(openid))
                    .findFirst()
                    .orElseThrow();
            List<Map<String, Object>> same = byUnionid.get(twin.get("unionid"));
            assertThat(same).extracting(record -> record.get("openid")).doesNotHaveDuplicates();
            assertThat(same).extracting(record -> record.get("phoneNumber")).containsOnly(twin.get("phoneNumber"));
            assertThat(same).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private static String mobileOf(ChannelFile file, Map<String, Object> record) {
        return (String)
                switch (file.channel()) {
                    case "wechat" -> record.get("phoneNumber");
                    case "xiaohongshu" -> record.get("phone");
                    case "taobao" -> record.get("receiver_mobile");
                    case "jd" -> ((Map<?, ?>) record.get("consigneeInfo")).get("mobile");
                    default -> record.get("mobile");
                };
    }

    private static Set<String> ids(ChannelFile file, CaseKind kind) {
        return Set.copyOf(file.cases().getOrDefault(kind, List.of()));
    }
}

package io.consentgateway.policies.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.region.Divisions;
import io.consentgateway.policies.validation.DateNormaliser;
import io.consentgateway.policies.validation.Gender;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.ResidentIdNumberValidator;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberRecordCheckTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final MemberRecordCheck check = new MemberRecordCheck(
            new MobileNumberNormaliser(),
            new ResidentIdNumberValidator(TODAY),
            new DateNormaliser(TODAY),
            Divisions.standard());

    private static Map<String, String> aMembersFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", "  张  三 ");
        fields.put("mobile", "138-1234-1234");
        fields.put("idNumber", "11010519491231002x");
        return fields;
    }

    private Validated<MemberProfile> check(Map<String, String> fields) {
        return check.check(new RawRecord("web", "s-1", fields, Map.of("membership", true)));
    }

    @Test
    void normalisesAndCompletesFromTheIdNumber() {
        MemberProfile profile = ((Valid<MemberProfile>) check(aMembersFields())).value();
        assertThat(profile.name().value()).isEqualTo("张 三");
        assertThat(profile.mobile().e164()).isEqualTo("+8613812341234");
        assertThat(profile.idNumber().value()).isEqualTo("11010519491231002X");
        assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aFieldThisCheckCannotStoreIsRejectedNotDropped() {
        Map<String, String> fields = aMembersFields();
        fields.put("bankCard", "6222020200000000000");
        assertThat(check(fields)).isEqualTo(Validated.invalid("unsupported-field", "bankCard"));
    }

    @Test
    void theRegionIsCompletedFromTheIdNumbersPlaceOfRegistration() {
        MemberProfile profile = ((Valid<MemberProfile>) check(aMembersFields())).value();
        assertThat(profile.region().province()).isEqualTo("北京市");
        assertThat(profile.region().district()).isEqualTo("朝阳区");
    }

    @Test
    void anAddressIsSplitIntoDivisionsAndNormalised() {
        Map<String, String> fields = aMembersFields();
        fields.put("address", "广东深圳南山区科技园路1号");
        MemberProfile profile = ((Valid<MemberProfile>) check(fields)).value();
        assertThat(profile.region().province()).isEqualTo("广东省");
        assertThat(profile.region().city()).isEqualTo("深圳市");
        assertThat(profile.region().district()).isEqualTo("南山区");
        assertThat(profile.address()).isEqualTo("广东省深圳市南山区科技园路1号");
    }

    @Test
    void aPersonIdentifiedByAPlatformIdentityNeedsNoMobileButAGivenOneIsStillChecked() {
        Map<String, String> fields = aMembersFields();
        fields.remove("mobile");
        RawRecord follower = new RawRecord("wechat", "o-1", fields, Map.of("membership", true));
        assertThat(check.check(follower, true)).isInstanceOf(Valid.class);
        assertThat(((Valid<MemberProfile>) check.check(follower, true)).value().mobile())
                .isNull();
        assertThat(check.check(follower, false)).isEqualTo(Validated.invalid("missing", "mobile"));
        fields.put("mobile", "1381234123");
        assertThat(check.check(new RawRecord("wechat", "o-1", fields, Map.of()), true))
                .isEqualTo(Validated.invalid("invalid-mobile-format", "mobile"));
    }

    @Test
    void aStreetAddressBesideItsDivisionFieldsIsCompletedToAFullAddress() {
        Map<String, String> fields = aMembersFields();
        fields.put("province", "北京市");
        fields.put("city", "北京市");
        fields.put("district", "朝阳区");
        fields.put("address", "建国路213号14栋1104室");
        MemberProfile profile = ((Valid<MemberProfile>) check(fields)).value();
        assertThat(profile.region().district()).isEqualTo("朝阳区");
        assertThat(profile.address()).isEqualTo("北京市朝阳区建国路213号14栋1104室");
    }

    @Test
    void aStreetAddressWithoutAnyRegionIsStillRejected() {
        Map<String, String> fields = aMembersFields();
        fields.put("address", "建国路213号14栋1104室");
        assertThat(check(fields)).isEqualTo(Validated.invalid("unknown-region", "address"));
    }

    @Test
    void aDeclaredCityContradictingTheAddressIsRejected() {
        Map<String, String> fields = aMembersFields();
        fields.put("address", "广东省深圳市南山区科技园路1号");
        fields.put("city", "广州市");
        assertThat(check(fields)).isEqualTo(Validated.invalid("inconsistent-with-address", "city"));
    }

    @Test
    void aRegionTheDivisionTableDoesNotKnowIsRejected() {
        Map<String, String> fields = aMembersFields();
        fields.put("province", "火星省");
        assertThat(check(fields)).isEqualTo(Validated.invalid("unknown-region", "province"));
    }

    @Test
    void anEmailIsValidatedAndItsDomainLowerCased() {
        Map<String, String> fields = aMembersFields();
        fields.put("email", "Zhang.San@Example.COM");
        assertThat(((Valid<MemberProfile>) check(fields)).value().email()).isEqualTo("Zhang.San@example.com");
        fields.put("email", "not-an-email");
        assertThat(check(fields)).isEqualTo(Validated.invalid("invalid-email", "email"));
    }

    // PIPL Art. 8 (accuracy): data that contradicts itself is not stored.
    @Test
    void aBirthDateContradictingTheIdNumberIsRejected() {
        Map<String, String> fields = aMembersFields();
        fields.put("birthDate", "1950-01-01");
        assertThat(check(fields)).isEqualTo(Validated.invalid("inconsistent-with-id-number", "birthDate"));
    }

    @Test
    void aGenderContradictingTheIdNumberIsRejected() {
        Map<String, String> fields = aMembersFields();
        fields.put("gender", "男");
        assertThat(check(fields)).isEqualTo(Validated.invalid("inconsistent-with-id-number", "gender"));
    }

    @Test
    void aFutureBirthDateIsRejected() {
        Map<String, String> fields = aMembersFields();
        fields.remove("idNumber");
        fields.put("birthDate", "2030-01-01");
        assertThat(check(fields)).isEqualTo(Validated.invalid("date-in-future", "birthDate"));
    }

    @Test
    void nameAndMobileAreRequired() {
        Map<String, String> noName = aMembersFields();
        noName.remove("name");
        assertThat(check(noName)).isEqualTo(Validated.invalid("missing", "name"));
        Map<String, String> noMobile = aMembersFields();
        noMobile.remove("mobile");
        assertThat(check(noMobile)).isEqualTo(Validated.invalid("missing", "mobile"));
    }

    @Test
    void aTenDigitMobileIsRejected() {
        Map<String, String> fields = aMembersFields();
        fields.put("mobile", "1381234123");
        assertThat(check(fields)).isEqualTo(Validated.invalid("invalid-mobile-format", "mobile"));
    }

    @Test
    void aMalformedConsentPurposeIsRejected() {
        assertThat(check.check(new RawRecord("web", "s-1", aMembersFields(), Map.of("Marketing!", true))))
                .isEqualTo(Validated.invalid("invalid-purpose-name", "consents"));
    }

    @Test
    void toStringNeverShowsValues() {
        RawRecord record = new RawRecord("web", "s-1", aMembersFields(), Map.of("membership", true));
        assertThat(record.toString()).doesNotContain("1381234").doesNotContain("张");
        assertThat(check(aMembersFields()).toString()).doesNotContain("1381234");
    }
}

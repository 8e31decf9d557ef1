package io.consentgateway.policies.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.record.MemberProfile;
import io.consentgateway.policies.record.MemberRecordCheck;
import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.region.Divisions;
import io.consentgateway.policies.validation.DateNormaliser;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.ResidentIdNumberValidator;
import io.consentgateway.policies.validation.Validated;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataQualityAssessmentTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
    private final MemberRecordCheck check = new MemberRecordCheck(
            new MobileNumberNormaliser(),
            new ResidentIdNumberValidator(NOW),
            new DateNormaliser(NOW),
            Divisions.standard());
    private final DataQualityAssessment assessment = new DataQualityAssessment();

    private DataQuality assess(Map<String, String> fields) {
        RawRecord sent = new RawRecord("web", "s-1", fields, Map.of("membership", true));
        MemberProfile cleaned = ((Validated.Valid<MemberProfile>) check.check(sent)).value();
        return assessment.assess(sent, cleaned);
    }

    @Test
    void aRecordInOurFormsIsValidAsSent() {
        DataQuality quality = assess(Map.of("name", "张三", "mobile", "13812341234", "gender", "male"));
        assertThat(quality.label()).isEqualTo("valid");
        assertThat(quality.summary()).isEmpty();
    }

    @Test
    void formatErrorsAreCorrectedValidSpellingsStandardisedAndMissingComponentsCompleted() {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", " 张三 ");
        fields.put("mobile", "１３８１２３４１２３４");
        fields.put("idNumber", "11010519491231002x");
        fields.put("birthDate", "1949年12月31日");
        fields.put("email", "Zhang@Example.COM");

        DataQuality quality = assess(fields);

        assertThat(quality.label()).isEqualTo("corrected");
        assertThat(quality.corrected()).containsExactlyInAnyOrder("name", "mobile", "idNumber", "email");
        assertThat(quality.standardised()).containsExactly("birthDate");
        assertThat(quality.completed()).contains("gender", "province", "city", "district");
        assertThat(quality.summary())
                .startsWith("corrected=email,idNumber,mobile,name;standardised=birthDate;completed=")
                .doesNotContain("138")
                .doesNotContain("张");
    }

    @Test
    void aPhoneWithItsCountryCodeAndAGenderCodeAreStandardised() {
        DataQuality quality = assess(Map.of("name", "张三", "mobile", "+86 138-1234-1234", "gender", "男"));
        assertThat(quality.standardised()).containsExactlyInAnyOrder("mobile", "gender");
        assertThat(quality.corrected()).isEmpty();
    }
}

package io.consentgateway.policies.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.testing.ChinesePeople;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ResidentIdNumberValidatorTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final ResidentIdNumberValidator validator = new ResidentIdNumberValidator(TODAY);

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "11010519491231002X, 11010519491231002X",
        "11010519491231002x, 11010519491231002X",
        "' 110105 19491231 002X ', 11010519491231002X",
        "１１０１０５１９４９１２３１００２Ｘ, 11010519491231002X",
        "440524800101001, 440524198001010013"
    })
    void acceptsAndNormalisesValidNumbers(String raw, String expected) {
        assertThat(validator.validate("idNumber", raw)).isEqualTo(new Valid<>(new ResidentIdNumber(expected)));
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "110105194912310021, check-digit-mismatch:idNumber",
        "11010519491231002, invalid-id-number-format:idNumber",
        "1101051949123100211, invalid-id-number-format:idNumber",
        "11010519491331002X, invalid-id-birth-date:idNumber",
        "110105203012310027, implausible-id-birth-date:idNumber",
        "990105194912310021, unknown-division-code:idNumber",
        "'', missing:idNumber"
    })
    void rejectsWithAReasonNamingTheField(String raw, String reason) {
        assertThat(validator.validate("idNumber", raw))
                .isInstanceOfSatisfying(
                        Invalid.class,
                        invalid -> assertThat(invalid.rejection().reason()).isEqualTo(reason));
    }

    @Test
    void aBirthDateTomorrowIsRejected() {
        String body = "110105" + LocalDate.of(2026, 11, 24).toString().replace("-", "") + "001";
        String tomorrow = body + IdCheckDigit.of(body);
        assertThat(validator.validate("idNumber", tomorrow))
                .isEqualTo(Validated.invalid("implausible-id-birth-date", "idNumber"));
    }

    @Test
    void derivesBirthDateAndGenderFromTheNumber() {
        ResidentIdNumber id = new ResidentIdNumber("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.divisionCode()).isEqualTo("110105");
    }

    static Stream<String> generatedIdNumbers() {
        return ChinesePeople.idNumbers(11L, 2_000);
    }

    @ParameterizedTest(name = "seed 11, sample {index}")
    @MethodSource("generatedIdNumbers")
    void everyGeneratedValidNumberIsAcceptedAndAnyWrongCheckCharacterIsNot(String idNumber) {
        assertThat(validator.validate("idNumber", idNumber).isValid())
                .as("generated sample (seed 11) accepted")
                .isTrue();
        for (char wrong : "0123456789X".toCharArray()) {
            if (wrong != idNumber.charAt(17)) {
                assertThat(validator.validate("idNumber", idNumber.substring(0, 17) + wrong))
                        .isEqualTo(Validated.invalid("check-digit-mismatch", "idNumber"));
            }
        }
    }

    @Test
    void toStringNeverShowsTheNumber() {
        assertThat(new ResidentIdNumber("11010519491231002X").toString()).doesNotContain("1101");
    }
}

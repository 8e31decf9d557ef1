package io.consentgateway.policies.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.testing.ArbitraryText;
import io.consentgateway.policies.testing.ChinesePeople;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MobileNumberNormaliserTest {

    private final MobileNumberNormaliser normaliser = new MobileNumberNormaliser();

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "13812341234, +8613812341234",
        "138 1234 1234, +8613812341234",
        "138-1234-1234, +8613812341234",
        "+86 138 1234 1234, +8613812341234",
        "0086 13812341234, +8613812341234",
        "8613812341234, +8613812341234",
        "(138)12341234, +8613812341234",
        "１３８１２３４１２３４, +8613812341234",
        "19912345678, +8619912345678"
    })
    void normalisesToE164(String raw, String e164) {
        assertThat(normaliser.normalise("mobile", raw)).isEqualTo(new Valid<>(new MobileNumber(e164)));
    }

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "1381234123, invalid-mobile-format:mobile",
        "138123412345, invalid-mobile-format:mobile",
        "12012345678, unallocated-mobile-segment:mobile",
        "0101234567, invalid-mobile-format:mobile",
        "1381234abcd, invalid-mobile-format:mobile",
        "'   ', missing:mobile"
    })
    void rejectsWithAReasonNamingTheField(String raw, String reason) {
        assertThat(normaliser.normalise("mobile", raw))
                .isInstanceOfSatisfying(
                        Invalid.class,
                        invalid -> assertThat(invalid.rejection().reason()).isEqualTo(reason));
    }

    static Stream<String> generatedMobiles() {
        return ChinesePeople.mobiles(5L, 2_000);
    }

    @ParameterizedTest(name = "seed 5, sample {index}")
    @MethodSource("generatedMobiles")
    void everyGeneratedMobileNormalisesToItsOwnDigits(String mobile) {
        assertThat(normaliser.normalise("mobile", mobile)).isEqualTo(new Valid<>(new MobileNumber("+86" + mobile)));
    }

    static Stream<String> arbitraryText() {
        return ArbitraryText.strings(3_000);
    }

    @ParameterizedTest(name = "seed " + ArbitraryText.SEED + ", sample {index}")
    @MethodSource("arbitraryText")
    void arbitraryInputEitherNormalisesToAMainlandNumberOrIsRejected(String raw) {
        Validated<MobileNumber> result = normaliser.normalise("mobile", raw);
        if (result instanceof Valid<MobileNumber> valid) {
            assertThat(valid.value().e164()).matches("\\+861[3-9][0-9]{9}");
        } else {
            assertThat(((Invalid<MobileNumber>) result).rejection().field()).isEqualTo("mobile");
        }
    }
}

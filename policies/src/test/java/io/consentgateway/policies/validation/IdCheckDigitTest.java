package io.consentgateway.policies.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consentgateway.policies.testing.ChinesePeople;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IdCheckDigitTest {

    @ParameterizedTest(name = "case {index}")
    @CsvSource({
        "11010519491231002, X",
        "44052418800101001, 4",
        "11010119900307803, X",
        "32010619850202154, 4",
        "11010120000101001, 0"
    })
    void computesTheGbStandardCheckCharacter(String body, char expected) {
        assertThat(IdCheckDigit.of(body)).isEqualTo(expected);
    }

    static Stream<String> generatedIdNumbers() {
        return ChinesePeople.idNumbers(7L, 2_000);
    }

    @ParameterizedTest(name = "seed 7, sample {index}")
    @MethodSource("generatedIdNumbers")
    void everySingleDigitSubstitutionChangesTheCheckCharacter(String idNumber) {
        String body = idNumber.substring(0, 17);
        char check = idNumber.charAt(17);
        for (int position = 0; position < 17; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == body.charAt(position)) {
                    continue;
                }
                String altered = body.substring(0, position) + digit + body.substring(position + 1);
                assertThat(IdCheckDigit.of(altered))
                        .as("substitution at position %d of generated sample (seed 7)", position)
                        .isNotEqualTo(check);
            }
        }
    }

    @ParameterizedTest(name = "seed 7, sample {index}")
    @MethodSource("generatedIdNumbers")
    void everyAdjacentTranspositionOfDifferentDigitsChangesTheCheckCharacter(String idNumber) {
        String body = idNumber.substring(0, 17);
        for (int position = 0; position < 16; position++) {
            if (body.charAt(position) == body.charAt(position + 1)) {
                continue;
            }
            String swapped = body.substring(0, position)
                    + body.charAt(position + 1)
                    + body.charAt(position)
                    + body.substring(position + 2);
            assertThat(IdCheckDigit.of(swapped))
                    .as("transposition at position %d (seed 7)", position)
                    .isNotEqualTo(idNumber.charAt(17));
        }
    }

    @Test
    void refusesABodyThatIsNotSeventeenDigits() {
        assertThatThrownBy(() -> IdCheckDigit.of("1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdCheckDigit.of("1101051949123100A")).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.consentgateway.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Gb11643Test {

    @Test
    void acceptsPublishedExampleNumbers() {
        // the GB 11643-1999 standard's own example, and one ending in X
        assertThat(Gb11643.isValid("11010519491231002X")).isTrue();
        assertThat(Gb11643.isValid("440524188001010014")).isTrue();
    }

    @Test
    void rejectsAChangedCheckCharacterOrDigit() {
        assertThat(Gb11643.isValid("110105194912310021")).isFalse();
        assertThat(Gb11643.isValid("440524188001010015")).isFalse();
        assertThat(Gb11643.isValid("44052418800101001")).isFalse();
    }

    @Test
    void generatorAndIndependentRuleAgreeOnEveryNumberOfADay() {
        for (int sequence = 0; sequence < 1000; sequence++) {
            String id = ResidentIds.compose("330106", java.time.LocalDate.of(1990, 2, 28), sequence);
            assertThat(Gb11643.isValid(id)).as("sequence %d", sequence).isTrue();
            assertThat(Gb11643.isValid(ResidentIds.withWrongCheckCharacter(id)))
                    .as("sequence %d with a wrong check character", sequence)
                    .isFalse();
        }
    }
}

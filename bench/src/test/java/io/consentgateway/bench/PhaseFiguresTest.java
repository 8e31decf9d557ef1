package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseFiguresTest {

    @Test
    void aRoundSurvivesTheTripBetweenProcessesAsOneLine() {
        LoadRound round = new LoadRound("masked", 2, 12_345, 10.0012, 1.25, 7.5);

        assertThat(LoadRound.parse(round.line())).isEqualTo(round);
        assertThat(round.requestsPerSecond()).isCloseTo(1234.35, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void figuresAreTheMediansOfThePhasesOwnRounds() {
        List<LoadRound> rounds = List.of(
                new LoadRound("trivial", 1, 3_000, 1, 1, 9),
                new LoadRound("masked", 1, 1_000, 1, 4, 20),
                new LoadRound("masked", 2, 1_200, 1, 3, 90),
                new LoadRound("trivial", 2, 2_000, 1, 2, 8),
                new LoadRound("masked", 3, 1_100, 1, 5, 30),
                new LoadRound("trivial", 3, 2_500, 1, 3, 7));

        PhaseFigures masked = PhaseFigures.of("masked", rounds);

        assertThat(masked.rounds()).isEqualTo(3);
        assertThat(masked.requestsPerSecond()).isEqualTo(1_100);
        assertThat(masked.p50Millis()).isEqualTo(4);
        assertThat(masked.p99Millis())
                .as("one disturbed round does not move the median")
                .isEqualTo(30);
        assertThat(PhaseFigures.of("trivial", rounds).requestsPerSecond()).isEqualTo(2_500);
    }

    @Test
    void anEmptyRoundOrAMissingPhaseIsAnError() {
        assertThatThrownBy(() -> new LoadRound("masked", 1, 0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhaseFigures.of("trivial", List.of(new LoadRound("masked", 1, 1, 1, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoundStatisticsTest {

    @Test
    void medianAndQuartilesInterpolateBetweenSortedRounds() {
        RoundStatistics stats = RoundStatistics.of(40, 10, 30, 20, 50);

        assertThat(stats.min()).isEqualTo(10);
        assertThat(stats.p25()).isEqualTo(20);
        assertThat(stats.median()).isEqualTo(30);
        assertThat(stats.p75()).isEqualTo(40);
        assertThat(stats.max()).isEqualTo(50);
        assertThat(RoundStatistics.of(1, 2, 3, 4).median()).isEqualTo(2.5);
    }

    @Test
    void oneSlowRoundDoesNotMoveTheMedian() {
        assertThat(RoundStatistics.of(100, 101, 99, 100, 5000).median()).isEqualTo(100);
    }

    @Test
    void noRoundsIsAnError() {
        assertThatThrownBy(RoundStatistics::of).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOfMeasuredValues() {
        Latencies latencies = millis(5, 1, 4, 2, 3, 10, 9, 8, 7, 6);

        assertThat(latencies.percentileMillis(0.50)).isEqualTo(5.0);
        assertThat(latencies.percentileMillis(0.99)).isEqualTo(10.0);
        assertThat(latencies.percentileMillis(0.10)).isEqualTo(1.0);
        assertThat(latencies.percentileMillis(1.0)).isEqualTo(10.0);
    }

    @Test
    void p99OfAHundredRequestsIgnoresOnlyTheSlowest() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 100; i++) {
            latencies.add(i * 1_000_000L);
        }

        assertThat(latencies.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(0.50)).isEqualTo(50.0);
    }

    @Test
    void growsBeyondItsFirstArrayAndMergesThreads() {
        Latencies first = new Latencies();
        Latencies second = new Latencies();
        for (int i = 0; i < 10_000; i++) {
            first.add(1_000_000L);
            second.add(3_000_000L);
        }

        Latencies all = Latencies.merged(List.of(first, second));

        assertThat(all.size()).isEqualTo(20_000);
        assertThat(all.percentileMillis(0.50)).isEqualTo(1.0);
        assertThat(all.percentileMillis(0.51)).isEqualTo(3.0);
    }

    @Test
    void noRequestsOrANonsenseQuantileIsAnError() {
        assertThatThrownBy(() -> new Latencies().percentileMillis(0.5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> millis(1).percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> millis(1).percentileMillis(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Latencies millis(long... values) {
        Latencies latencies = new Latencies();
        for (long value : values) {
            latencies.add(value * 1_000_000L);
        }
        return latencies;
    }
}

package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScaleOutRunTest {

    @Test
    void throughputIsRecordsOverTheTimeToTheLastOutcome() {
        ScaleOutRun run = new ScaleOutRun(2, 1, 10_000, Duration.ofMillis(40_000));

        assertThat(run.recordsPerSecond()).isEqualTo(250.0);
        assertThat(run.label()).isEqualTo("2 instances, 1 consumer each");
        assertThat(new ScaleOutRun(1, 2, 1, Duration.ofSeconds(1)).label()).isEqualTo("1 instance, 2 consumers each");
    }

    @Test
    void aBacklogHoldsMessagesTimesMembersPerMessage() {
        assertThat(new KafkaBacklog(300, 5).records()).isEqualTo(1_500);
    }
}

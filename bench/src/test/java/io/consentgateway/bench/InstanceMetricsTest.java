package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceMetricsTest {

    @Test
    void sumsEveryOutcomeOfTheChannelAndNothingElse() {
        String metrics = """
                # HELP gateway_ingest_records_total Records ingested, by channel and outcome
                # TYPE gateway_ingest_records_total counter
                gateway_ingest_records_total{channel="web",outcome="stored"} 740.0
                gateway_ingest_records_total{channel="web",outcome="duplicate"} 3.0
                gateway_ingest_records_total{channel="pos",outcome="stored"} 500.0
                gateway_ingest_batch_seconds_count{channel="web"} 148
                """;

        assertThat(InstanceMetrics.sum(metrics, "web")).isEqualTo(743);
        assertThat(InstanceMetrics.sum(metrics, "kafka")).isZero();
    }
}

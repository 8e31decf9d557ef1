package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteChartTest {

    private static final Measurement INGEST =
            new Measurement("ingest", "records", "records/s", true, 500, "COPY", 250_000, "ratio >= 0.5");
    private static final Measurement DELETION = new Measurement("deletion", "p50", "ms", false, 60, "DELETE", 0.5, "");

    @Test
    void relativeSpeedIsThroughputOverBaselineOrBaselineTimeOverTime() {
        assertThat(SuiteChart.relativeSpeed(INGEST)).isEqualTo(0.002);
        assertThat(SuiteChart.relativeSpeed(DELETION)).isCloseTo(0.5 / 60, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void drawsAPngWithEveryFigure(@TempDir Path directory) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path chart = new SuiteChart()
                .draw(
                        List.of(INGEST, DELETION),
                        Instant.parse("2026-12-01T00:00:00Z"),
                        MachineFacts.probe(),
                        directory.resolve("chart.png"));

        byte[] png = Files.readAllBytes(chart);
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void measurementsSurviveTheFileBetweenBenchmarkAndSuite(@TempDir Path directory) throws Exception {
        MeasurementFile file = new MeasurementFile();
        file.write(directory.resolve("m.json"), List.of(INGEST, DELETION));

        assertThat(file.read(directory.resolve("m.json"))).containsExactly(INGEST, DELETION);
    }
}
